import Synchronization

/// The Snowball stems of a token layer's normalised forms, made the first time something
/// reads them: sentences, quotes and sentiment never do, and stemming every distinct form
/// was a tenth of the text layer's time. `freq`, `kwic`, topics and the cooperation tagger
/// read them; saving a workspace does too.
///
/// The result does not depend on when it is made: stems are interned in form order, with
/// the forms before `base`'s end taking `base`'s stems (a layer extended with appended
/// documents), as one pass over every form would give them.
final class FormStems: Sendable {
    /// The stems and, for each normalised form id, its stem id.
    struct Table: Sendable {
        var stems = Vocabulary()
        var stemOfForm: [Int32] = []
    }

    private let forms: Vocabulary
    private let base: FormStems?
    private let threads: Int
    private let made: Mutex<Table?>

    /// Stems already made (read from a workspace, or of a query's few words).
    init(ready table: Table) {
        forms = Vocabulary()
        base = nil
        threads = 1
        made = Mutex(table)
    }

    /// The stems of `forms`, to be made on first use on `threads` threads; `base`: the stems
    /// of the first forms, when the layer extends another.
    init(forms: Vocabulary, extending base: FormStems?, threads: Int) {
        self.forms = forms
        self.base = base
        self.threads = max(1, threads)
        made = Mutex(nil)
    }

    /// Whether the stems were made (or given) yet.
    var isMade: Bool { made.withLock { $0 != nil } }

    var table: Table {
        made.withLock { made in
            if let made { return made }
            let table = make()
            made = table
            return table
        }
    }

    /// Stems of the forms after `base`'s, in parallel over ranges of form ids (a stemmer per
    /// thread: libstemmer is not thread-safe), interned in form order.
    private func make() -> Table {
        var table = base?.table ?? Table()
        let first = table.stemOfForm.count
        let forms = forms
        let ranges = ParallelMap.contiguousRanges(weights: Array(repeating: 1, count: max(0, forms.count - first)),
                                                  parts: threads == 1 ? 1 : threads * 2)
        @Sendable func stem(_ r: Int) -> Vocabulary.Builder {
            // The English stemmer always exists (libstemmer is built in); without one, a
            // form would be its own stem, as non-words' are.
            let stemmer = try? Stemmer()
            var out = Vocabulary.Builder()
            for id in ranges[r].lowerBound + first..<ranges[r].upperBound + first {
                forms.utf8(Int32(id)).withUnsafeBufferPointer { bytes in
                    if let stemmer, TokenNormalizer.isStemmable(bytes) { out.append(stemmer.stemBytes(bytes)) } else { out.append(bytes) }
                }
            }
            return out
        }
        // Nothing here throws or is cancelled; the sequential loop is only the type's due.
        let stemmed = (try? ParallelMap.map(ranges.count, threads: threads, stem)) ?? ranges.indices.map(stem)
        table.stemOfForm.reserveCapacity(forms.count)
        for part in stemmed {
            for i in 0..<part.count { table.stemOfForm.append(part.withBytes(i) { table.stems.intern($0) }) }
        }
        table.stems.compact()
        table.stemOfForm = table.stemOfForm.exactlySized()
        return table
    }
}
