import ArgumentParser
import Foundation
import Workbench

/// What the command line asks for, decided before anything runs.
struct Launch {
    enum Mode {
        case inline(String)
        case script(path: String)
        case loadThenInteract(path: String)
        case interact
    }

    var mode: Mode
    var variables: [(String, String)]
    /// `--workspace FILE.wbdb`: opened (or created) before anything runs.
    var workspace: String?

    /// Data files `wb PATH` loads (rather than runs as a script).
    static let dataExtensions: Set<String> = ["txt", "md", "html", "htm", "json", "jsonl", "csv", "tsv"]

    static func parse(arguments: [String], definitions: [String], inline: String?, workspace: String? = nil) throws -> Launch {
        var launch = try parseMode(arguments: arguments, definitions: definitions, inline: inline)
        launch.workspace = launch.workspace ?? workspace
        return launch
    }

    private static func parseMode(arguments: [String], definitions: [String], inline: String?) throws -> Launch {
        var rest = arguments
        var sets = definitions
        var positional: [String] = []
        var workspace: String?
        // `--set k=v` may also follow the script name (captured for pass-through).
        while !rest.isEmpty {
            let word = rest.removeFirst()
            if word == "--set" {
                guard !rest.isEmpty else { throw ValidationError("--set needs NAME=VALUE") }
                sets.append(rest.removeFirst())
            } else if word.hasPrefix("--set=") {
                sets.append(String(word.dropFirst(6)))
            } else if word == "--workspace" {
                guard !rest.isEmpty else { throw ValidationError("--workspace needs a file: --workspace FILE.wbdb") }
                workspace = rest.removeFirst()
            } else if word.hasPrefix("--workspace=") {
                workspace = String(word.dropFirst(12))
            } else {
                positional.append(word)
            }
        }
        var variables: [(String, String)] = []
        for definition in sets {
            guard let eq = definition.firstIndex(of: "="), eq != definition.startIndex else {
                throw ValidationError("--set expects NAME=VALUE, got '\(definition)'")
            }
            variables.append((String(definition[..<eq]), String(definition[definition.index(after: eq)...])))
        }
        if let inline {
            for (i, arg) in positional.enumerated() { variables.append((String(i + 1), arg)) }
            return Launch(mode: .inline(inline), variables: variables, workspace: workspace)
        }
        if positional.first == "run" {
            positional.removeFirst()
            guard !positional.isEmpty else { throw ValidationError("'wb run' needs a script file: wb run FILE.wb") }
        }
        guard let path = positional.first else { return Launch(mode: .interact, variables: variables, workspace: workspace) }
        for (i, arg) in positional.dropFirst().enumerated() { variables.append((String(i + 1), arg)) }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let ext = (path as NSString).pathExtension.lowercased()
        if isDirectory.boolValue || (exists && dataExtensions.contains(ext)) || path.contains("*") {
            return Launch(mode: .loadThenInteract(path: path), variables: variables, workspace: workspace)
        }
        return Launch(mode: .script(path: path), variables: variables, workspace: workspace)
    }
}

extension Launch.Mode {
    /// Runs and returns the process exit code.
    func run(session: Session, console: Console) -> Int32 {
        let runner = ScriptRunner(session: session, reportError: { console.reportError($0) })
        switch self {
        case .inline(let text):
            return runner.run(source: text, file: "<command line>").exitCode
        case .script(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                console.reportError("wb: cannot read script '\(path)': no such file or not readable\n")
                return 64
            }
            return runner.run(source: String(decoding: data, as: UTF8.self), file: path).exitCode
        case .loadThenInteract(let path):
            let quoted = "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
            let loaded = runner.run(source: "load \(quoted)", file: "<command line>")
            if loaded != .success && isatty(STDIN_FILENO) == 0 { return loaded.exitCode }
            return Launch.Mode.interact.run(session: session, console: console)
        case .interact:
            // A terminal on stdin: the REPL (libedit when stdout is a terminal too, plain
            // lines otherwise). Anything else is a script.
            if isatty(STDIN_FILENO) != 0 {
                return REPL(session: session, historyPath: REPL.defaultHistoryPath, colour: Terminal.wantsColour).run()
            }
            let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            return runner.run(source: text, file: "<stdin>").exitCode
        }
    }
}
