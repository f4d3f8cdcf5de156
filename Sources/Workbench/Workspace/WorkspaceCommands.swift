import Foundation

/// `open FILE`, `save [FILE]`, `close`: the session's workspace file.
enum WorkspaceCommands {
    static let open = CommandSpec(
        "open",
        summary: "open a workspace file (.wbdb): its documents, settings and saved analyses",
        discussion: "Replaces the session's corpus and settings with the workspace's. Saved analyses are read when a command first needs them, and only while their inputs (documents, settings, versions) are unchanged; `status` shows which. The file is locked: another wb process cannot open it until this one closes it. When opening fails, the session keeps what it had.",
        examples: ["open study.wbdb"],
        arguments: [ArgumentSpec("file", type: .path, summary: "the workspace file", required: true)]
    ) { context in
        let path = context.arguments.string("file") ?? ""
        if let current = context.state.workspace, same(current.path, path) {
            throw WorkbenchError(.usage, "workspace '\(path)' is already open", hint: "save keeps your changes; close, then open, rereads it")
        }
        let opened = try context.at("file") { try Workspace.open(path, workbench: context.workbench, create: false) }
        if let previous = context.state.workspace {
            let changes = previous.unsavedChanges(context.graph, settings: context.settings)
            if !changes.isEmpty { context.warn("\(previous.path) closed without saving: \(changes.joined(separator: "; "))") }
            previous.close()
        }
        context.state.workspace = opened.workspace
        context.state.graph = opened.graph
        context.state.settings = opened.settings
        let saved = opened.workspace.storedLayers.count
        context.note("opened \(path): \(count(opened.graph.documents.count, "document")), \(count(saved, "saved analysis layer"))")
        return .empty("open")
    }

    static let save = CommandSpec(
        "save",
        summary: "save the corpus, analyses and settings to the workspace (or to FILE, which becomes the workspace)",
        discussion: "One transaction: if wb is stopped mid-save, the file keeps its last complete save. Only what changed is written. With FILE (save as), the file is created or its contents replaced, and it becomes the open workspace.",
        examples: ["save", "save study.wbdb"],
        arguments: [ArgumentSpec("file", type: .path, summary: "save as this workspace file")]
    ) { context in
        var workspace: Workspace
        let previous = context.state.workspace
        if let path = context.arguments.string("file"), previous.map({ !same($0.path, path) }) ?? true {
            // Save as: first read what the old workspace holds and the session has not needed yet.
            var graph = context.graph
            let io = context.io
            previous?.restoreLayers(for: context.workbench.engine.keys, engine: context.workbench.engine, settings: context.settings,
                                    into: &graph, deferring: false, note: { io.diagnostic(Diagnostic(.warning, $0)) })
            context.graph = graph
            workspace = try context.at("file") { try Workspace.open(path, workbench: context.workbench, create: true).workspace }
        } else if let previous {
            workspace = previous
        } else {
            throw WorkbenchError(.usage, "no workspace is open", hint: "save FILE.wbdb creates one")
        }
        do {
            try workspace.save(context.graph, settings: context.settings, engine: context.workbench.engine,
                               cancellation: context.cancellation)
        } catch {
            if workspace !== previous { workspace.close() }
            throw error
        }
        if workspace !== previous {
            previous?.close()
            context.state.workspace = workspace
        }
        // No timing in the note: wb's output, stderr included, is the same from run to run.
        context.note("saved \(count(context.graph.documents.count, "document")) and \(count(workspace.storedLayers.count, "analysis layer")) to \(workspace.path)")
        return .empty("save")
    }

    static let close = CommandSpec(
        "close",
        summary: "close the workspace file; the corpus stays loaded in memory",
        discussion: "Unsaved changes are not written: save first to keep them. Another wb process can open the file afterwards.",
        examples: ["save; close"]
    ) { context in
        guard let workspace = context.state.workspace else {
            throw WorkbenchError(.usage, "no workspace is open")
        }
        // Saved layers the session has not read yet would be lost with the file: read them now.
        var graph = context.graph
        let io = context.io
        workspace.restoreLayers(for: context.workbench.engine.keys, engine: context.workbench.engine, settings: context.settings,
                                into: &graph, deferring: false, note: { io.diagnostic(Diagnostic(.warning, $0)) })
        context.graph = graph
        let changes = workspace.unsavedChanges(context.graph, settings: context.settings)
        workspace.close()
        context.state.workspace = nil
        context.note("closed \(workspace.path)" + (changes.isEmpty ? "" : "; not saved: \(changes.joined(separator: "; "))"))
        return .empty("close")
    }

    static func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
