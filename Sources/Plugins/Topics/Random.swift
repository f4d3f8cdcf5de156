/// SplitMix64: a small, fast generator whose whole output is fixed by its seed, so that a
/// clustering run with `--seed N` gives the same topics on every machine and every run.
/// (Swift's `SystemRandomNumberGenerator` cannot be seeded.)
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one stream of a seed (restart r, candidate k …): streams of one seed
    /// do not overlap in practice.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next() ^ stream
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<n (n > 0), without modulo bias worth noticing (n ≪ 2^64).
    mutating func below(_ n: Int) -> Int {
        Int(next() % UInt64(n))
    }

    /// A uniform Double in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
