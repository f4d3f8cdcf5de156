import ArgumentParser
import Foundation
import Workbench
import BuiltInPlugins

/// The `wb` command line: REPL, scripts, inline statements.
@main
struct WB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wb",
        abstract: "A workbench for analysing news and policy texts.",
        usage: """
        wb                              start the REPL (or read a script from stdin when it is not a terminal)
        wb PATH                         load a folder or data file, then start the REPL
        wb [run] SCRIPT.wb [ARG...]     run a script; ARGs are $1, $2, …
        wb -c 'STATEMENT; STATEMENT'    run statements given inline
        wb --workspace FILE.wbdb …      open (or create) a workspace first; 'save' writes to it
        """,
        discussion: """
        Options may also follow the script: wb run tour.wb --set who=Tsuruoka.
        Exit codes: 0 ok, 1 runtime error, 64 usage error. Inside wb, type 'help'.
        """
    )

    @Option(name: .short, help: ArgumentHelp("Run these statements (separated by ';' or newlines) and exit.", valueName: "statements"))
    var c: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Define the script variable NAME (use it as $NAME).", valueName: "NAME=VALUE"))
    var definitions: [String] = []

    @Option(name: .customLong("workspace"), help: ArgumentHelp("Open this workspace file first (created when missing).", valueName: "FILE.wbdb"))
    var workspace: String?

    @Flag(name: .customLong("commands-markdown"), help: .hidden)
    var commandsMarkdown = false

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("A script, or a folder or data file to load, and script arguments.", valueName: "path"))
    var arguments: [String] = []

    /// `wb -c STATEMENTS` alone — the form of scripts, pipelines and benchmarks — skips
    /// ArgumentParser, whose reflection over this type costs ~3 ms of a process that may take
    /// 80 in all; the result is the same. Every other command line goes through it.
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        guard args.count == 2, args[0] == "-c", !args[1].hasPrefix("-") else {
            main(nil)
            return
        }
        do {
            try start(c: args[1], definitions: [], workspace: nil, arguments: [], commandsMarkdown: false)
        } catch let code as ExitCode {
            // What `exit(withError:)` does for an exit code, without building a help page first.
            Foundation.exit(code.rawValue)
        } catch {
            exit(withError: error)
        }
    }

    mutating func run() throws {
        try WB.start(c: c, definitions: definitions, workspace: workspace, arguments: arguments, commandsMarkdown: commandsMarkdown)
    }

    /// What `run` does, with the parsed options as parameters.
    private static func start(c: String?, definitions: [String], workspace: String?, arguments: [String],
                              commandsMarkdown: Bool) throws {
        MemoryTuning.apply()
        // A Dispatch worker thread is started now, while the plugins are assembled, so that
        // the first parallel pass (reading a JSONL file) finds one instead of waiting about a
        // millisecond for it to start.
        DispatchQueue.global().async {}
        let workbench: Workbench
        do {
            workbench = try Workbench(plugins: BuiltInPlugins.all)
        } catch {
            Console.standardError.write("wb: cannot assemble the plugins: \(error)\n")
            throw ExitCode(1)
        }
        if let first = arguments.first, ["--help", "-h", "help"].contains(first), arguments.count == 1 {
            Console.standardOutput.write(WB.helpMessage() + "\n")
            return
        }
        if commandsMarkdown {
            Console.standardOutput.write(HelpPages.markdown(workbench.registry, columns: workbench.columnProviders(for:)))
            return
        }
        let launch = try Launch.parse(arguments: arguments, definitions: definitions, inline: c, workspace: workspace)
        let console = Console()
        let session = Session(workbench: workbench, io: console.sessionIO())
        // Ctrl-C cancels the running command (and, at the prompt, the line being typed)
        // instead of killing wb; it also resets a signal mask inherited from the parent.
        Interrupts.install(cancellation: session.cancellation)
        for (name, value) in launch.variables { session.define(name, value) }
        if let path = launch.workspace {
            do {
                console.sessionIO().diagnostic(Diagnostic(.note, try session.openWorkspace(path)))
            } catch let error as WorkbenchError {
                Console.standardError.write("wb: \(error.message)\n" + (error.hint.map { "  hint: \($0)\n" } ?? ""))
                throw ExitCode(1)
            }
        }
        let code = launch.mode.run(session: session, console: console)
        if let workspace = session.state.workspace, case let changes = session.unsavedWorkspaceChanges, !changes.isEmpty {
            console.sessionIO().diagnostic(Diagnostic(.note, "\(workspace.path) has unsaved changes (\(changes.joined(separator: "; "))): save writes them"))
        }
        session.closeWorkspace()
        // The process ends right after: freeing the corpus graph first (every document,
        // token array and node) would only cost time.
        WB.finished = session
        throw ExitCode(code)
    }

    /// The session, kept alive until the process exits.
    nonisolated(unsafe) private static var finished: Session?
}
