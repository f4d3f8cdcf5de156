import Synchronization

/// The `tokens` analysis on several threads, with the same ids as one thread would give.
///
/// Ids of normalised forms and stems are dense and given in order of first occurrence in
/// the corpus (document order, then text order). So each thread tokenises a contiguous group
/// of documents into a vocabulary of its own (ids in first-occurrence order within the
/// group); the groups are then merged in document order, interning each group's forms in
/// its own id order into the corpus vocabulary — which hands out exactly the ids a single
/// pass would — and the tokens' ids are remapped. Stems are made once per distinct form when
/// first read (`FormStems`), and interned in form order, as a single pass would meet them.
enum ParallelTokenizer {
    /// One group's tokens, with form ids into the group's own vocabulary.
    struct Group: Sendable {
        var forms = Vocabulary()
        var documents: [DocumentTokens] = []
    }

    static func layer(_ context: AnalysisContext) throws -> TokenLayer {
        try layer(context, documents: 0..<context.graph.documents.count, extending: nil)
    }

    /// The tokens of the documents at `range`; with `previous` (the tokens of the documents
    /// before them), added to it: the new forms and stems take the next ids in order of first
    /// occurrence, as they would in one pass over every document.
    static func layer(_ context: AnalysisContext, documents range: Range<Int>, extending previous: TokenLayer?) throws -> TokenLayer {
        let documents = context.graph.documents
        let threads = context.threads
        // A group per thread, balanced by text size: every group after the first is merged
        // on one thread (its forms interned again, its ids rewritten), so fewer, larger groups
        // finish sooner than many small ones. Ranges are of indices into `documents[range]`.
        let ranges = ParallelMap.contiguousRanges(weights: documents[range].map { $0.text.utf8.count }, parts: threads)
        let progress = context.progress
        let done = ProgressCounter()
        var groups = try ParallelMap.map(ranges.count, threads: threads, cancellation: context.cancellation) { g in
            var group = Group()
            group.documents.reserveCapacity(ranges[g].count)
            var working = TokenSink()
            var scratch: [UInt8] = []
            scratch.reserveCapacity(256)
            // Each document's scalars, decoded into one buffer reused through the group.
            var scalars = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: 16_384)
            defer { scalars.deallocate() }
            var unreported = 0
            for d in ranges[g] {
                try context.checkCancelled()
                let count = ScalarDecoder.decode(documents[range.lowerBound + d].text, into: &scalars)
                group.documents.append(tokenize(UnsafeBufferPointer(rebasing: scalars[0..<count]), forms: &group.forms,
                                                working: &working, scratch: &scratch))
                // Groups are large (one a thread): progress every 512 documents, not per group.
                unreported += 1
                if unreported == 512 || d == ranges[g].upperBound - 1 {
                    progress(ProgressReport("tokens", done: done.add(unreported), total: range.count))
                    unreported = 0
                }
            }
            return group
        }
        return try merge(&groups, ids: documents[range].map(\.id), threads: threads, context: context, previous: previous)
    }

    /// One text's tokens, in arrays of their exact size, with ids into `forms` (new forms
    /// added); `working` and `scratch` are buffers reused from text to text.
    static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, forms: inout Vocabulary,
                         working: inout TokenSink, scratch: inout [UInt8]) -> DocumentTokens {
        Tokenizer.tokenize(s, into: &working)
        // Most tokens are short and ASCII: their normalised form (lower case) is packed into
        // one integer, or written into a small buffer; the others go through
        // `TokenNormalizer` (the same bytes).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            for k in 0..<working.count {
                let start = Int(working.starts[k]), length = Int(working.ends[k]) - start
                if length <= 8 {
                    var packed: UInt64 = 0
                    var ascii = true
                    for j in 0..<length {
                        let v = s[start + j].value
                        if v >= 128 { ascii = false; break }
                        packed |= UInt64(v &- 65 < 26 ? v + 32 : v) << UInt64(8 * j)
                    }
                    if ascii {
                        working.setForm(k, forms.intern(packed: packed, length: length))
                        continue
                    }
                } else if length <= 32 {
                    var ascii = true
                    for j in 0..<length {
                        let v = s[start + j].value
                        if v >= 128 { ascii = false; break }
                        buffer[j] = UInt8(truncatingIfNeeded: v &- 65 < 26 ? v + 32 : v)
                    }
                    if ascii {
                        working.setForm(k, forms.intern(UnsafeBufferPointer(rebasing: buffer[0..<length])))
                        continue
                    }
                }
                scratch.removeAll(keepingCapacity: true)
                TokenNormalizer.append(s, start, start + length, to: &scratch)
                working.setForm(k, scratch.withUnsafeBufferPointer { forms.intern($0) })
            }
        }
        return working.documentTokens()
    }

    /// The groups merged in order into corpus-wide vocabularies, as one pass would make them.
    /// The groups are taken apart on the way (emptied): each group's vocabulary is freed once
    /// interned, and its tokens' ids are rewritten in place, not copied.
    private static func merge(_ groups: inout [Group], ids: [String], threads: Int, context: AnalysisContext,
                              previous: TokenLayer?) throws -> TokenLayer {
        var forms: Vocabulary
        var tokens: [DocumentTokens] = []
        var firstMerged = 0
        if previous == nil, let first = groups.first {
            // The first group's ids are already those of one pass (first occurrence from the
            // first document on): its vocabulary is the start of the corpus's.
            forms = first.forms
            tokens = first.documents
            groups[0] = Group()
            firstMerged = 1
        } else {
            forms = previous?.normalizedForms ?? Vocabulary()
        }
        tokens.reserveCapacity(ids.count)
        if firstMerged < groups.count {
            // Interning in group order is the one sequential step. Rewriting the ids in
            // place (a read and a write per token) costs less than copying them on threads.
            forms.reserveCapacity(groups.reduce(forms.count) { $0 + $1.forms.count })
            for g in firstMerged..<groups.count {
                try context.checkCancelled()
                var remap = [Int32](repeating: 0, count: groups[g].forms.count)
                for local in 0..<remap.count {
                    remap[local] = groups[g].forms.utf8(Int32(local)).withUnsafeBufferPointer { forms.intern($0) }
                }
                groups[g].forms = Vocabulary()
                var documents: [DocumentTokens] = []
                swap(&documents, &groups[g].documents)
                remap.withUnsafeBufferPointer { remap in
                    for d in documents.indices {
                        documents[d].normalized.withUnsafeMutableBufferPointer { ids in
                            for k in ids.indices { ids[k] = remap[Int(ids[k])] }
                        }
                    }
                }
                tokens += documents
            }
        }
        forms.compact()
        // Stems are made when first read (`FormStems`): most commands never read them.
        let stems = FormStems(forms: forms, extending: previous?.formStems, threads: threads)
        var byID = previous?.documents ?? [:]
        byID.reserveCapacity(byID.count + ids.count)
        for (id, document) in zip(ids, tokens) { byID[id] = document }
        return TokenLayer(normalizedForms: forms, stems: stems, documents: byID)
    }
}

/// A count shared by the threads of a parallel run, for progress.
final class ProgressCounter: Sendable {
    private let value = Atomic<Int>(0)
    func add(_ n: Int) -> Int { value.add(n, ordering: .relaxed).newValue }
}

extension Vocabulary {
    /// Byte strings in a flat array, for handing a list of words between threads.
    struct Builder: Sendable {
        private var bytes: [UInt8] = []
        private var ends: [Int] = []

        var count: Int { ends.count }

        mutating func append(_ word: UnsafeBufferPointer<UInt8>) {
            bytes.append(contentsOf: word)
            ends.append(bytes.count)
        }

        mutating func append(_ word: [UInt8]) {
            bytes.append(contentsOf: word)
            ends.append(bytes.count)
        }

        func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            let lo = i == 0 ? 0 : ends[i - 1]
            return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[lo..<ends[i]])) }
        }
    }
}
