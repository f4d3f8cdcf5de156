import Foundation
import Synchronization

/// The texts of the documents reopened from a workspace, read the first time any of them is
/// read, all at once (one query), then kept. Opening a workspace reads the documents' ids,
/// lengths and fields only: a command that reads no text (`quotes | count by speaker`, whose
/// quotes are stored with their texts) never pays for some 350 MB of text at 100,000
/// documents; an analysis, which reads them all, pays one bulk read. Shared by the documents
/// (and their copies), so read at most once.
///
/// Reading can fail (the file damaged or closed). `read()` says so, and is called where an
/// error can be reported: before a save writes the documents, before the file is closed.
/// Elsewhere (`Document.text` cannot throw) a text that cannot be read is as many spaces as
/// its stored length, so that every span stays inside it, with a warning on stderr.
final class StoredTexts: Sendable {
    /// Each document's length in Unicode scalars, as stored: a text read must match it.
    private let lengths: [Int]
    private let load: @Sendable () throws -> [String]
    private let state = Mutex<Loaded?>(nil)

    private struct Loaded: Sendable {
        var texts: [String]
        var keys: [UInt64]
        var failure: String?
    }

    init(lengths: [Int], load: @escaping @Sendable () throws -> [String]) {
        self.lengths = lengths
        self.load = load
    }

    var isRead: Bool { state.withLock { $0 != nil } }

    /// Reads the texts now if need be; an error when they cannot be read.
    func read() throws {
        if let failure = loaded().failure { throw WorkbenchError(.io, failure) }
    }

    func text(at position: Int) -> String { loaded().texts[position] }

    func key(at position: Int) -> UInt64 { loaded().keys[position] }

    private func loaded() -> Loaded {
        state.withLock { state in
            if let state { return state }
            var result: Loaded
            do {
                result = try check(load())
            } catch {
                let message = "the documents' texts could not be read: \(WorkspaceErrors.describe(error))"
                FileHandle.standardError.write(Data("wb: warning: \(message); they read as spaces until the corpus is loaded again\n".utf8))
                result = Loaded(texts: [], keys: [], failure: message)
                for length in lengths {
                    let text = String(repeating: " ", count: length)
                    result.texts.append(text)
                    result.keys.append(Document.keyAndScalarCount(text).0)
                }
            }
            state = result
            return result
        }
    }

    /// The texts with their keys, when each has its stored length.
    private func check(_ texts: [String]) throws -> Loaded {
        guard texts.count == lengths.count else {
            throw WorkbenchError(.format, "\(texts.count) texts for \(lengths.count) documents")
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(texts.count)
        for (position, text) in texts.enumerated() {
            let (key, length) = Document.keyAndScalarCount(text)
            guard length == lengths[position] else {
                throw WorkbenchError(.format, "the text of document \(position + 1) does not match its stored length")
            }
            keys.append(key)
        }
        return Loaded(texts: texts, keys: keys, failure: nil)
    }
}
