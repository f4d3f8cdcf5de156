import Foundation
import Workbench

/// The interactive session: the libedit REPL.
enum InteractiveLoop {
    static func run(session: Session, terminal: Terminal) -> Int32 {
        let runner = ScriptRunner(session: session, reportError: { terminal.reportError($0) })
        while let line = readLine(strippingNewline: true) {
            _ = runner.run(source: line, file: "<stdin>")
            if session.exitRequested { break }
        }
        return 0
    }
}
