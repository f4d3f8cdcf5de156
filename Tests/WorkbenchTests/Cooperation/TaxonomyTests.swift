import Foundation
import Testing
import TestSupport
@testable import CooperationPlugin
@testable import Workbench

/// The taxonomy file: the shipped default, its validation errors (pinned), load and export.
@Suite struct TaxonomyTests {
    static let minimal = """
        taxonomy: test
        version: 0.1
        cooperation-cues: [cooperate]
        areas:
          - id: fisheries
            label: Fisheries
            cues:
              fishing quota: 3

        """

    func error(_ yaml: String) -> String {
        do {
            _ = try TaxonomyParser.parse(yaml, file: "t.yaml")
            return "no error"
        } catch let error as WorkbenchError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func defaultTaxonomyHasTheFourteenAreasOfTheGuideline() throws {
        let taxonomy = try TaxonomyStore.builtIn()
        #expect(taxonomy.name == "coop-areas")
        #expect(taxonomy.version == "1.1.0")
        #expect(taxonomy.areas.map(\.id) == [
            "counter-terrorism", "missile-defence", "peace-stabilisation", "humanitarian-disaster", "development-reconstruction",
            "training-interoperability", "maritime-security", "cyber-defence", "arms-control", "defence-capabilities",
            "political-dialogue", "intelligence-sharing", "energy-climate", "economic-trade",
        ])
        #expect(taxonomy.area("humanitarian-disaster")?.cameo == ["073"])
        #expect(taxonomy.area("missile-defence")?.cameo == [])
        #expect(taxonomy.area("missile-defence")?.cues.first?.stems == ["missil", "defenc"])
        #expect(taxonomy.area("intelligence-sharing")?.cues.first { $0.exact }?.stems == ["intelligence"])
    }

    @Test func minimalTaxonomyParses() throws {
        let taxonomy = try TaxonomyParser.parse(Self.minimal, file: "t.yaml")
        #expect(taxonomy.areas.count == 1)
        #expect(taxonomy.areas[0].cues[0] == Cue(phrase: "fishing quota", stems: ["fish", "quota"], weight: 3, line: 8))
        #expect(taxonomy.threshold == 2)
    }

    @Test func errorsNameTheLineAndWhatIsWrong() {
        #expect(error("taxonomy: x\nversion: 1\nareas: [\n") .hasPrefix("t.yaml:4: YAML syntax: "))
        #expect(error(Self.minimal.replacingOccurrences(of: "fishing quota: 3", with: "fishing quota: high"))
                == "t.yaml:8: area 'fisheries': 'cues': 'fishing quota' has weight is 'high', expected a number")
        #expect(error(Self.minimal.replacingOccurrences(of: "fishing quota: 3", with: "fishing quota: -1"))
                == "t.yaml:8: area 'fisheries': 'cues': 'fishing quota' has weight -1.0; weights must be above 0")
        #expect(error(Self.minimal.replacingOccurrences(of: "    label:", with: "    lable:"))
                == "t.yaml:6: an area: unknown key 'lable'; expected one of: id, label, description, cameo, cues, context, negative, threshold")
        #expect(error(Self.minimal + "  - id: fisheries\n    label: Again\n    cues: {quota: 1}\n")
                == "t.yaml:9: area 'fisheries' is defined twice (first on line 5)")
        #expect(error(Self.minimal.replacingOccurrences(of: "      fishing quota: 3", with: "      fishing quota: 3\n      fishing quotas: 2"))
                == "t.yaml:9: area 'fisheries': 'cues': 'fishing quotas' is matched the same as 'fishing quota' (line 8): both are 'fish quota'")
        #expect(error(Self.minimal.replacingOccurrences(of: "id: fisheries", with: "id: Fish Eries"))
                == "t.yaml:5: area id 'Fish Eries' may hold only lower-case letters, digits and '-'")
        #expect(error("taxonomy: x\nversion: 1\n") == "t.yaml:1: the taxonomy has no 'areas:' list (or it is empty)")
        #expect(error(Self.minimal.replacingOccurrences(of: "    cues:", with: "    cameo: [\"7x\"]\n    cues:"))
                == "t.yaml:7: area 'fisheries': CAMEO code '7x' must be 2 to 4 digits (quote it: \"07\")")
    }

    @Test func brokenFileKeepsTheTaxonomyInForce() throws {
        let harness = try coopHarness("")
        let good = try temporaryFile(Self.minimal)
        try harness.run("coop.taxonomy load '\(good)'")
        let before = harness.session.state.settings["coop.taxonomy"]
        #expect(before?.hasSuffix("@" + TaxonomyStore.digest(Self.minimal)) == true)
        let broken = try temporaryFile(Self.minimal.replacingOccurrences(of: "fishing quota: 3", with: "fishing quota: [3]"))
        let error = harness.failure("coop.taxonomy load '\(broken)'")
        #expect(error?.message == "\(broken):8: area 'fisheries': 'cues': 'fishing quota' has weight is 'a list or mapping', expected a number")
        #expect(harness.session.state.settings["coop.taxonomy"] == before)
        #expect(try harness.output("coop.taxonomy --format csv") == "area,label,cues,context,negative,cameo,threshold,description\r\nfisheries,Fisheries,1,0,0,,2.0,\r\n")
    }

    @Test func extendAddsAreasAndExportRoundTrips() throws {
        let harness = try coopHarness("")
        let extra = try temporaryFile(Self.minimal)
        try harness.run("coop.taxonomy load '\(extra)' --extend")
        let ids = try harness.output("coop.taxonomy --format csv").split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[0] }
        #expect(ids.count == 15)
        #expect(ids.last == "fisheries")
        let exported = try temporaryFile("", name: "export.yaml")
        try harness.run("coop.taxonomy export '\(exported)'")
        let again = try TaxonomyParser.load(exported)
        let current = try TaxonomyStore.resolve(harness.session.state.settings["coop.taxonomy"])
        #expect(again.areas.map(\.id) == current.areas.map(\.id))
        #expect(again.areas.map { $0.cues.map(\.written) } == current.areas.map { $0.cues.map(\.written) })
        #expect(again.areas.map { $0.negative.map(\.weight) } == current.areas.map { $0.negative.map(\.weight) })
    }

    @Test func editedFileIsNoticed() throws {
        let harness = try coopHarness()
        let path = try temporaryFile(Self.minimal)
        try harness.run("coop.taxonomy load '\(path)'")
        try (Self.minimal + "# edited\n").write(toFile: path, atomically: true, encoding: .utf8)
        let error = harness.failure("coop")
        #expect(error?.message == "taxonomy file '\(URL(fileURLWithPath: path).standardizedFileURL.path)' changed since it was loaded")
    }
}
