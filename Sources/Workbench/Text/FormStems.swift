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

    /// What the stems are made from, until they are: then only the table is kept (an
    /// extended layer's stems would otherwise hold every earlier vocabulary alive).
    private enum State {
        case toMake(forms: Vocabulary, base: FormStems?, threads: Int)
        case made(Table)
    }

    private let state: Mutex<State>

    /// Stems already made (read from a workspace, or of a query's few words).
    init(ready table: Table) {
        state = Mutex(.made(table))
    }

    /// The stems of `forms`, to be made on first use on `threads` threads; `base`: the stems
    /// of the first forms, when the layer extends another.
    init(forms: Vocabulary, extending base: FormStems?, threads: Int) {
        state = Mutex(.toMake(forms: forms, base: base, threads: max(1, threads)))
    }

    /// Whether the stems were made (or given) yet.
    var isMade: Bool {
        state.withLock { state in
            if case .made = state { return true }
            return false
        }
    }

    var table: Table {
        state.withLock { state in
            switch state {
            case .made(let table):
                return table
            case .toMake(let forms, let base, let threads):
                let table = FormStems.make(forms: forms, base: base, threads: threads)
                state = .made(table)
                return table
            }
        }
    }

    /// Stems of the forms after `base`'s, in parallel over ranges of form ids (a stemmer per
    /// thread: libstemmer is not thread-safe), interned in form order.
    private static func make(forms: Vocabulary, base: FormStems?, threads: Int) -> Table {
        var table = base?.table ?? Table()
        let first = table.stemOfForm.count
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
