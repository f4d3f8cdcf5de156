#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// One wb process at a time per workspace: an exclusive `flock` on `FILE.wbdb-lock`, which
/// holds the owner's process id for the message another process shows. The kernel drops the
/// lock when the process dies, so a crash leaves no stale lock (the file may stay behind and
/// is reused). A second process is refused rather than given a read-only view: a reader
/// would see the first one's saves change under it, and a refusal is easy to understand.
final class WorkspaceLock: Sendable {
    let path: String
    /// The lock file's descriptor until `release`.
    private let descriptor: Mutex<Int32?>

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    /// A workspace dropped without `close` (a statement that failed after opening it)
    /// still lets go of its lock.
    deinit { release() }

    /// Takes the lock for the workspace at `file`, or explains who holds it.
    static func acquire(for file: String) throws -> WorkspaceLock {
        let path = file + "-lock"
        // Retried when the file was replaced between opening and locking it (a closing
        // owner removes it), so that two processes never lock two different files.
        for _ in 0..<5 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw WorkbenchError(.io, "cannot create the lock file '\(path)' of workspace '\(file)': \(String(cString: strerror(errno)))")
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let owner = readOwner(fd)
                close(fd)
                throw WorkbenchError(.io, "workspace '\(file)' is open in another wb process" + (owner.map { " (pid \($0))" } ?? ""),
                                     hint: "close it there (close, or quit), or save a copy from there with: save OTHER.wbdb")
            }
            var opened = stat(), current = stat()
            if fstat(fd, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino, opened.st_dev == current.st_dev {
                let pid = String(getpid()) + "\n"
                _ = ftruncate(fd, 0)
                _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
                return WorkspaceLock(path: path, descriptor: fd)
            }
            close(fd)
        }
        throw WorkbenchError(.io, "cannot lock workspace '\(file)': its lock file '\(path)' keeps being replaced")
    }

    private static func readOwner(_ fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer.prefix(count).filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self))
    }

    /// Removes the lock file, then lets go of the lock; once.
    func release() {
        guard let fd = descriptor.withLock({ value -> Int32? in
            defer { value = nil }
            return value
        }) else { return }
        unlink(path)
        close(fd)
    }
}
