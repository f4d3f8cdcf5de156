import CLibEdit

/// libedit's history list, kept in a file in libedit's own format.
///
/// Saved after every entry, so a session that is killed keeps what was typed.
final class LineHistory {
    let handle: OpaquePointer
    private let path: String

    /// Nil if libedit cannot allocate a history.
    init?(path: String, size: Int32 = 1000) {
        guard let handle = history_init() else { return nil }
        self.handle = handle
        self.path = path
        var event = HistEvent()
        cel_history_set_size(handle, &event, size)
        // Pressing Enter on the same statement twice in a row keeps one entry.
        cel_history_set_unique(handle, &event, 1)
        // A missing or unreadable file simply means an empty history.
        cel_history_load(handle, &event, path)
    }

    deinit {
        history_end(handle)
    }

    func add(_ entry: String) {
        var event = HistEvent()
        cel_history_enter(handle, &event, entry)
        cel_history_save(handle, &event, path)
    }
}
