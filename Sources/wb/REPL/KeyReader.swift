import CLibEdit
import Foundation

/// The keys libedit reads, taken from stdin by wb instead of by libedit (`EL_GETCFN`).
enum KeyReader {
    /// libedit's `EL_GETCFN`: one character from stdin, or -1 with EINTR on Ctrl-C.
    ///
    /// Replaces libedit's own reader, a blocking `read` that sleeps through a SIGINT which
    /// arrives while libedit is busy between two reads (then Ctrl-C would do nothing).
    /// Waiting through `Interrupts.waitForInput` cannot miss it. Multibyte input is
    /// decoded with `mbrtowc`, as libedit does, under the locale set by the REPL.
    static func readCharacter(into character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        guard let character else { return -1 }
        character.pointee = 0
        var bytes: [CChar] = []
        while true {
            guard Interrupts.waitForInput(on: STDIN_FILENO) else {
                errno = EINTR
                return -1
            }
            var byte: CChar = 0
            let count = readStandardInput(&byte, count: 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            bytes.append(byte)
            while !bytes.isEmpty {
                var state = mbstate_t()
                var wide: wchar_t = 0
                let result: Int = bytes.withUnsafeBufferPointer { buffer in
                    mbrtowc(&wide, buffer.baseAddress, buffer.count, &state)
                }
                if result == -2 {
                    // An incomplete sequence: read another byte (UTF-8 needs at most 4).
                    if bytes.count >= 8 {
                        errno = EILSEQ
                        return -1
                    }
                    break
                }
                if result == -1 {
                    // Invalid: drop all but the last byte, which may start a new character.
                    bytes = bytes.count > 1 ? [byte] : []
                    continue
                }
                character.pointee = wide
                return 1
            }
        }
    }
}
