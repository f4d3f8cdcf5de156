import Foundation
import Workbench
import BuiltInPlugins

// Temporary front end (the lead replaces it with swift-argument-parser); what it shows is
// the REPL's entry points: `Interrupts.install(cancellation:)` and `REPL(…).run()`.
let workbench = try Workbench(plugins: BuiltInPlugins.all)
let io = SessionIO(output: { FileHandle.standardOutput.write(Data($0.utf8)) },
                   diagnostic: { FileHandle.standardError.write(Data(($0.description + "\n").utf8)) },
                   terminalWidth: { Terminal.width() })
let session = Session(workbench: workbench, io: io)
let args = CommandLine.arguments
// Ctrl-C cancels a long-running command instead of killing wb.
Interrupts.install(cancellation: session.cancellation)
let reportError: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
if args.count >= 3, args[1] == "-c" {
    exit(ScriptRunner(session: session, reportError: reportError).run(source: args[2], file: "<command line>").exitCode)
}
if args.count == 1 {
    if isatty(STDIN_FILENO) != 0 {
        exit(REPL(session: session, historyPath: REPL.defaultHistoryPath, colour: Terminal.wantsColour).run())
    }
    let source = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    exit(ScriptRunner(session: session, reportError: reportError).run(source: source, file: "<stdin>").exitCode)
}
