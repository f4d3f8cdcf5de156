import Foundation

/// One file to load, with the id its document(s) get when records carry none.
struct InputFile: Equatable {
    /// The path as shown in warnings: the folder or glob base joined with the relative path.
    var path: String
    /// The path relative to the loaded folder (or the glob's fixed prefix) without its
    /// extension; a single named file's stem.
    var idBase: String
    var format: FileFormat?
}

/// Turns one `load` argument (a file, a folder or a glob) into the files to read.
///
/// Folders are walked recursively and globs expanded, each in sorted path order, so the same
/// command always loads the same documents in the same order. Hidden entries (names starting
/// with `.`, like `.git` or `.DS_Store`) are not part of a corpus and are passed over
/// silently unless a pattern asks for them explicitly.
enum PathExpander {
    enum Expansion: Equatable {
        case missing
        /// A glob that matched no file.
        case noMatch
        /// An explicitly named file.
        case file(InputFile)
        /// The files found in a folder or by a glob.
        case listing([InputFile])
    }

    /// How deep a folder walk or `**` goes; a guard against pathological trees.
    static let maxDepth = 64

    static func expand(_ argument: String) -> Expansion {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                return .listing(walk(argument).map { file(root: argument, relative: $0) })
            }
            let stem = FileFormat.deletingExtension(FileFormat.lastComponent(argument))
            return .file(InputFile(path: argument, idBase: stem, format: FileFormat(path: argument)))
        }
        guard Wildcard.isPattern(argument) else { return .missing }
        let components = argument.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let fixed = components.prefix { !Wildcard.isPattern($0) }
        let base = fixed.joined(separator: "/")
        var found: Set<String> = []
        var visited: Set<String> = []
        glob(base: base, relative: "", rest: components[fixed.count...], depth: 0, visited: &visited, into: &found)
        if found.isEmpty { return .noMatch }
        return .listing(found.sorted().map { file(root: base, relative: $0) })
    }

    static func join(_ root: String, _ relative: String) -> String {
        if root.isEmpty { return relative }
        if relative.isEmpty { return root }
        return root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    private static func file(root: String, relative: String) -> InputFile {
        InputFile(path: join(root, relative), idBase: FileFormat.deletingExtension(relative),
                  format: FileFormat(path: relative))
    }

    /// Sorted relative paths of the regular files under a folder.
    static func walk(_ root: String) -> [String] {
        var files: [String] = []
        var visited: Set<String> = []
        walk(root, relative: "", depth: 0, visited: &visited, into: &files)
        return files.sorted()
    }

    private static func walk(_ root: String, relative: String, depth: Int, visited: inout Set<String>, into files: inout [String]) {
        let folder = join(root, relative)
        guard depth <= maxDepth, visited.insert(resolved(folder)).inserted else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for name in names where !name.hasPrefix(".") {
            let child = join(relative, name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: join(root, child), isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(root, relative: child, depth: depth + 1, visited: &visited, into: &files)
            } else if !name.hasSuffix(".wb") {
                // wb's own scripts often sit beside the data (seeds/tour.wb): not documents,
                // and not worth a warning either.
                files.append(child)
            }
        }
    }

    private static func glob(base: String, relative: String, rest: ArraySlice<String>, depth: Int,
                             visited: inout Set<String>, into found: inout Set<String>) {
        let here = join(base, relative)
        let fsPath = here.isEmpty ? "." : here
        guard let component = rest.first else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: fsPath, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.insert(relative)
            }
            return
        }
        guard depth <= maxDepth else { return }
        let remaining = rest.dropFirst()
        if component.isEmpty {  // a doubled or trailing slash
            glob(base: base, relative: relative, rest: remaining, depth: depth, visited: &visited, into: &found)
            return
        }
        if component == "**" {
            glob(base: base, relative: relative, rest: remaining, depth: depth, visited: &visited, into: &found)
            guard visited.insert(resolved(fsPath)).inserted else { return }
            for name in subfolders(fsPath) {
                glob(base: base, relative: join(relative, name), rest: rest, depth: depth + 1, visited: &visited, into: &found)
            }
            return
        }
        if !Wildcard.isPattern(component) {
            glob(base: base, relative: join(relative, component), rest: remaining, depth: depth + 1, visited: &visited, into: &found)
            return
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fsPath)) ?? []
        for name in names where (!name.hasPrefix(".") || component.hasPrefix(".")) && Wildcard.matches(component, name) {
            glob(base: base, relative: join(relative, name), rest: remaining, depth: depth + 1, visited: &visited, into: &found)
        }
    }

    private static func subfolders(_ path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: join(path, name), isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }

    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path.isEmpty ? "." : path).resolvingSymlinksInPath().path
    }
}
