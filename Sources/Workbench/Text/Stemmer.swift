import CStemmer

/// A Snowball stemmer (libstemmer) for one language, UTF-8 in and out.
///
/// libstemmer's state is not thread-safe, so a `Stemmer` is a class that is never shared:
/// make one per analysis run or per thread. It remembers the stems it made, because news
/// vocabulary repeats and the C call costs far more than a dictionary lookup.
final class Stemmer {
    private let handle: OpaquePointer
    private var cache: [String: String] = [:]

    /// The English ("english", i.e. Porter 2) stemmer.
    convenience init() throws {
        try self.init(language: "english")
    }

    /// Fails when libstemmer has no algorithm of that name.
    init(language: String) throws {
        guard let handle = sb_stemmer_new(language, "UTF_8") else {
            throw WorkbenchError(.analysisFailed, "the Snowball stemmer has no language '\(language)'",
                                 hint: "libstemmer-dev provides english, french, german, …")
        }
        self.handle = handle
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of a lower-cased word (Snowball expects lower case). Cached per word.
    func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        var bytes = Array(word.utf8)
        let stem = bytes.withUnsafeMutableBufferPointer { buffer in
            String(decoding: stemBytes(UnsafeBufferPointer(buffer)), as: UTF8.self)
        }
        cache[word] = stem
        return stem
    }

    /// The stem of a UTF-8 word, uncached: for callers that cache by their own ids.
    /// Falls back to the word itself if libstemmer fails (it only does when out of memory).
    func stemBytes(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let base = word.baseAddress, word.count > 0, word.count <= Int(Int32.max) else { return Array(word) }
        guard let result = sb_stemmer_stem(handle, base, Int32(word.count)) else { return Array(word) }
        let length = Int(sb_stemmer_length(handle))
        return Array(UnsafeBufferPointer(start: result, count: length))
    }
}
