#if canImport(Glibc)
import Glibc
#endif

/// Process-wide malloc settings, made before any work starts.
enum MemoryTuning {
    /// One malloc arena for every thread. glibc gives each thread that allocates at the same
    /// time as another an arena of its own (up to 8 a core); what a worker frees stays in
    /// its arena, so the transient buffers of parallel passes (tokens, sentences, per-document
    /// results) add to the peak RSS once per thread. With one arena the freed memory is
    /// reused by the next pass on any thread. Small blocks go through each thread's cache
    /// (tcache), so the shared arena's lock is rarely taken: no slower on BBC dev with two
    /// threads, and 2–4 MB less peak RSS. `MALLOC_ARENA_MAX` in the environment still wins.
    static func apply() {
        #if canImport(Glibc)
        // `mallopt` is in <malloc.h>, which the Glibc module does not export: found by name.
        guard getenv("MALLOC_ARENA_MAX") == nil, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }
}
