import Foundation
import TestSupport
@testable import CooperationPlugin
@testable import Workbench

/// The tags of one short text (a document `t` with optional metadata), with the default
/// taxonomy, one passage per paragraph.
func coopTags(_ text: String, metadata: [String: String] = [:], unit: CoopUnit = .paragraph) throws -> [CoopTag] {
    var graph = CorpusGraph()
    try graph.add(Document(id: "t", date: "2011-11-15", text: text, metadata: metadata))
    let workbench = try Workbench(plugins: [CooperationPlugin()])
    var settings = workbench.defaultSettings
    settings["coop.unit"] = unit.rawValue
    try workbench.engine.ensure([.coopTags], in: &graph, settings: settings)
    return graph.payload(of: "coop.tags", as: CoopLayer.self)?.tags ?? []
}

/// The areas of a short text, in taxonomy order.
func coopAreas(_ text: String, metadata: [String: String] = [:]) throws -> [String] {
    try coopTags(text, metadata: metadata).map(\.area)
}

/// A session with the cooperation plugin and the seed loaded.
func coopHarness(_ load: String = "load '\(seedPath)'") throws -> Harness {
    let harness = try Harness(documents: [], plugins: [CooperationPlugin()])
    if !load.isEmpty { try harness.run(load) }
    return harness
}

/// A temporary file holding `text`.
func temporaryFile(_ text: String, name: String = "taxonomy.yaml") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-coop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
