import Foundation
import Synchronization
import Workbench

/// Ctrl-C for the whole process. The SIGINT handler only does async-signal-safe things:
/// it cancels the registered `CancellationToken` (a running command then throws
/// `.cancelled`), sets a flag, and writes a byte to a pipe.
///
/// The pipe (the self-pipe trick) is what lets a prompt notice Ctrl-C reliably: a reader
/// that waits in `poll` on stdin and the pipe cannot miss a signal that arrives just
/// before it blocks, whereas a plain blocking `read` would sleep through it.
public enum Interrupts {
    /// The token to cancel, as the bits of a retained object pointer; 0 before `install`.
    private static let target = Atomic<UInt>(0)
    private static let pending = Atomic<Bool>(false)
    private static let wakeUpRead = Atomic<Int32>(-1)
    private static let wakeUpWrite = Atomic<Int32>(-1)

    /// Routes Ctrl-C to `cancellation` from now on. Also clears the signal mask, since a
    /// process can inherit SIGINT blocked (children of test runners do) and would then
    /// never see Ctrl-C. Safe to call again, e.g. by the REPL after the command line did.
    ///
    /// The handler is installed with `sa_flags = 0` (no `SA_RESTART`), so blocking calls
    /// return with EINTR rather than carrying on.
    public static func install(cancellation: CancellationToken) {
        var empty = sigset_t()
        sigemptyset(&empty)
        sigprocmask(SIG_SETMASK, &empty, nil)
        makeWakeUpPipe()
        // The previous token, if any, is deliberately never released: the handler may be
        // using it at this very moment. One small object per `install`, once or twice a run.
        let bits = UInt(bitPattern: Unmanaged.passRetained(cancellation).toOpaque())
        target.store(bits, ordering: .sequentiallyConsistent)
        var action = sigaction()
        #if os(Linux)
        action.__sigaction_handler.sa_handler = { _ in Interrupts.interrupt() }
        #else
        action.__sigaction_u.__sa_handler = { _ in Interrupts.interrupt() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the last call; forgets it.
    public static func takeInterrupt() -> Bool {
        let fd = wakeUpRead.load(ordering: .sequentiallyConsistent)
        if fd >= 0 {
            var byte: UInt8 = 0
            while read(fd, &byte, 1) > 0 {}
        }
        return pending.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Blocks until `fd` has input (true) or Ctrl-C is pressed (false; also when it was
    /// pressed before the call and not yet taken with `takeInterrupt`).
    static func waitForInput(on fd: Int32) -> Bool {
        let wakeUp = wakeUpRead.load(ordering: .sequentiallyConsistent)
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0)]
        while true {
            if pending.load(ordering: .sequentiallyConsistent) { return false }
            let count = poll(&fds, wakeUp >= 0 ? 2 : 1, -1)
            if count < 0 {
                if errno == EINTR { continue }
                return true
            }
            if wakeUp >= 0 && fds[1].revents != 0 { return false }
            if fds[0].revents != 0 { return true }
        }
    }

    private static func makeWakeUpPipe() {
        guard wakeUpRead.load(ordering: .sequentiallyConsistent) < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for fd in ends {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        wakeUpWrite.store(ends[1], ordering: .sequentiallyConsistent)
        wakeUpRead.store(ends[0], ordering: .sequentiallyConsistent)
    }

    /// Runs inside the signal handler: atomics and `write` only, no allocation, no locks.
    private static func interrupt() {
        let savedErrno = errno
        pending.store(true, ordering: .sequentiallyConsistent)
        let fd = wakeUpWrite.load(ordering: .sequentiallyConsistent)
        if fd >= 0 {
            var byte: UInt8 = 1
            _ = write(fd, &byte, 1)
        }
        let bits = target.load(ordering: .sequentiallyConsistent)
        if let pointer = UnsafeRawPointer(bitPattern: bits) {
            Unmanaged<CancellationToken>.fromOpaque(pointer).takeUnretainedValue().cancel()
        }
        errno = savedErrno
    }
}
