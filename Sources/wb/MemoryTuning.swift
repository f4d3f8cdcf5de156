#if canImport(Glibc)
import Glibc
#endif

/// Process-wide malloc settings, made before any work starts.
enum MemoryTuning {
    /// A malloc arena per core, not glibc's up to 8 a core. Each thread that allocates while
    /// another does gets an arena of its own, and what a worker frees stays in its arena, so
    /// the transient buffers of parallel passes (tokens, sentences, per-document results) add
    /// to the peak RSS once per arena: capping them at the cores keeps that in bounds. One
    /// arena for all was tried and saved another 1–3 MB, but every allocation larger than the
    /// per-thread cache (a document's text, a parsed JSON line's strings) then took the one
    /// arena's lock: two threads parsing a JSONL file were no faster than one, and BBC dev's
    /// `load; sentiment --unit sentence | count` took 7 ms longer (82 against 74 ms, quartile
    /// of 25 runs). `MALLOC_ARENA_MAX` in the environment still wins.
    static func apply() {
        #if canImport(Glibc)
        // `mallopt` is in <malloc.h>, which the Glibc module does not export: found by name.
        guard getenv("MALLOC_ARENA_MAX") == nil, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        let cores = Int32(truncatingIfNeeded: sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, max(1, cores))
        #endif
    }
}
