import Foundation
import Testing
import TestSupport
@testable import Workbench

/// The entity recogniser's patterns on short marked texts (`⟦…⟧` around each expected
/// mention), linking, roles, and the exact outputs of `entities`, `mentions` and `roles` on
/// the seed article.
@Suite struct EntityTests {
    /// The entity layer of one text.
    func layer(_ text: String) throws -> EntityLayer {
        let graph = try analysed(text, [.entities])
        return try #require(graph.payload(of: "entities", as: EntityLayer.self))
    }

    /// The mention spans of a kind (all kinds when nil) in a marked text, and the expected ones.
    func spans(_ marked: String, _ kind: EntityKind? = nil) throws -> (found: [Range<Int>], expected: [Range<Int>], layer: EntityLayer) {
        let (text, expected) = stripMarkers(marked)
        let layer = try layer(text)
        let found = layer.mentions(in: "t").filter { kind == nil || $0.kind == kind }.map { $0.start..<$0.end }
        return (found, expected, layer)
    }

    @Test func titleBeforeAName() throws {
        let r = try spans("She met Prime Minister ⟦Yoshihiko Noda⟧ in the capital, and Dr. ⟦Keiko Sato⟧ too.", .person)
        #expect(r.found == r.expected)
    }

    @Test func roleAppositionMakesAPersonAndARole() throws {
        let r = try spans("The report quotes ⟦Hugh Hill⟧, a doctor at the clinic.", .person)
        #expect(r.found == r.expected)
        let role = try #require(r.layer.roles.first)
        #expect(r.layer.entities[role.person].name == "Hugh Hill")
        #expect(role.role == "doctor")
        #expect(role.organization == nil)
    }

    @Test func organisationCuesWithOfAndFor() throws {
        let r = try spans("Officials from the ⟦Department of International Relations⟧ and the ⟦Kanto Institute for Maritime Studies⟧ met.", .organization)
        #expect(r.found == r.expected)
    }

    @Test func acronymWithItsExpansionInParentheses() throws {
        let r = try spans("The ⟦Northern Relief Agency⟧ (⟦NRA⟧) met on Monday. Later the ⟦NRA⟧ said it would go on.", .organization)
        #expect(r.found == r.expected)
        let entities = Set(r.layer.mentions(in: "t").map(\.entity))
        #expect(entities.count == 1)
        #expect(r.layer.entities[0].name == "Northern Relief Agency")
        #expect(r.layer.entities[0].aliases == ["NRA"])
    }

    @Test func acronymByInitialsAndFromTheGazetteer() throws {
        let r = try spans("The ⟦Security Defence Force⟧ will help. Dispatches of ⟦SDF⟧ are rare, says ⟦NATO⟧.", .organization)
        #expect(r.found == r.expected)
        #expect(r.layer.entities.map(\.name).sorted() == ["North Atlantic Treaty Organization", "Security Defence Force"])
    }

    @Test func gazetteerPlacesAndDemonyms() throws {
        let r = try spans("⟦Japanese⟧ experts worked in ⟦Kabul⟧, ⟦Jalalabad⟧ and ⟦Mazar-e-Sharif⟧ for the ⟦U.S.⟧")
        #expect(r.found == r.expected)
        let kinds = r.layer.mentions(in: "t").map { $0.kind }
        #expect(kinds == [.group, .place, .place, .place, .place])
        let japanese = try #require(r.layer.entities.first { $0.kind == .group })
        #expect(japanese.name == "Japanese")
        #expect(japanese.country == "Japan")
        #expect(r.layer.entities.contains { $0.name == "United States" && $0.aliases == ["U.S."] })
    }

    @Test func possessiveIsNotPartOfTheName() throws {
        let r = try spans("It is in ⟦Japan⟧’s strategic interest, and in ⟦NATO⟧'s.")
        #expect(r.found == r.expected)
    }

    @Test func sentenceInitialCapitalIsNotAName() throws {
        let r = try spans("Faced with problems, the ministry waited.\n\nHelping others is good. Financial limitations remain. However, nothing changed.")
        #expect(r.found.isEmpty)
    }

    @Test func theAllianceIsNATOOnlyWhenNATOIsMentioned() throws {
        let r = try spans("⟦NATO⟧ met today. ⟦The Alliance⟧ agreed, and the ⟦Alliance⟧ will go on.")
        #expect(r.found == r.expected)
        #expect(Set(r.layer.mentions(in: "t").map(\.entity)).count == 1)
        let alone = try spans("The Alliance agreed.")
        #expect(alone.found.isEmpty)
    }

    @Test func surnameAndTitlePlusSurnameLinkToTheFullName() throws {
        let r = try spans("⟦Michito Tsuruoka⟧ believes it is vital. “It is open,” says ⟦Tsuruoka⟧. Mr. ⟦Tsuruoka⟧ left.", .person)
        #expect(r.found == r.expected)
        #expect(r.layer.entities.filter { $0.kind == .person }.map(\.name) == ["Michito Tsuruoka"])
        #expect(r.layer.entities[0].aliases == ["Tsuruoka"])
        #expect(r.layer.persons(in: "t").count == 3)
    }

    @Test func roleEdgesFromTitlesAndAppositions() throws {
        let text = "NATO Secretary General Anders Fogh Rasmussen said so. Taku Ishikawa, Associate Professor in the National Defense Academy’s Department of International Relations, agreed."
        let graph = try analysed(text, [.entities])
        let layer = try #require(graph.payload(of: "entities", as: EntityLayer.self))
        let roles = layer.roles.map { [layer.entities[$0.person].name, $0.role, $0.organization.map { layer.entities[$0].name } ?? "-"] }
        #expect(roles == [
            ["Anders Fogh Rasmussen", "Secretary General", "North Atlantic Treaty Organization"],
            ["Taku Ishikawa", "Associate Professor", "Department of International Relations"],
        ])
        let edges = graph.edges("role")
        #expect(edges.count == 2)
        #expect(edges.first.map { graph.node($0.from)?["name"] } == .string("Anders Fogh Rasmussen"))
        #expect(edges.first?.attributes["role"] == .string("Secretary General"))
    }

    @Test func aLoneWordBeforeASpeechVerbIsAPersonOnlyWithAPronoun() throws {
        #expect(try spans("⟦Tsuruoka⟧ believes that his country matters.", .person).found == [0..<8])
        #expect(try spans("Veritas said it would cut jobs.", .person).found.isEmpty)
    }

    @Test func graphNodesAndMentionEdges() throws {
        let graph = try analysed("Michito Tsuruoka believes Japan matters. “Yes,” says Tsuruoka.", [.entities])
        let person = try #require(graph.nodes("person", in: "t").first)
        #expect(person["name"] == .string("Michito Tsuruoka"))
        #expect(person["aliases"] == .array([.string("Tsuruoka")]))
        #expect(person["mentions"] == .int(2))
        #expect(person.span.start == 0 && person.span.end == 16)
        #expect(graph.nodes("place", in: "t").first?["country"] == .string("Japan"))
        let mentions = graph.nodes("mention", in: "t")
        #expect(mentions.map { $0["text"] } == [.string("Michito Tsuruoka"), .string("Japan"), .string("Tsuruoka")])
        #expect(mentions.map { $0["kind"] } == [.string("person"), .string("place"), .string("person")])
        #expect(graph.edges("mention-of").count == 3)
    }

    @Test func layerHelpersForTheQuotesAnalysis() throws {
        let layer = try layer("Michito Tsuruoka believes Japan matters. He says so.")
        #expect(layer.entityName(at: 8..<16, in: "t") == "Michito Tsuruoka")
        #expect(layer.entityName(at: 26..<31, in: "t") == "Japan")
        #expect(layer.entityName(at: 17..<25, in: "t") == nil)
        #expect(layer.lastPerson(before: 41, in: "t").map { layer.entity(of: $0).name } == "Michito Tsuruoka")
        #expect(EntityLayer.isPersonPronoun("He") && !EntityLayer.isPersonPronoun("it"))
        #expect(EntityLayer.pronounGender("she") == .female)
    }

    @Test func acrossDocumentsASurnameJoinsTheOnlyFullName() throws {
        func run(_ texts: [String]) throws -> [String] {
            var graph = CorpusGraph()
            for (i, text) in texts.enumerated() { try graph.add(Document(id: "d\(i)", text: text)) }
            let workbench = try Workbench(plugins: [])
            try workbench.engine.ensure([.entities], in: &graph, settings: workbench.defaultSettings)
            let layer = try #require(graph.payload(of: "entities", as: EntityLayer.self))
            return layer.entities.filter { $0.kind == .person }.map { "\($0.name):\($0.mentionCount):\($0.documentCount)" }.sorted()
        }
        #expect(try run(["Michito Tsuruoka says it works.", "Tsuruoka said he disagreed."]) == ["Michito Tsuruoka:2:2"])
        #expect(try run(["Michito Tsuruoka says it works.", "Kenji Tsuruoka says no.", "Tsuruoka said he disagreed."])
                == ["Kenji Tsuruoka:1:1", "Michito Tsuruoka:1:1", "Tsuruoka:1:1"])
    }

    // MARK: - The seed article

    private func seedGraph() throws -> CorpusGraph {
        var graph = CorpusGraph()
        try graph.add(Document(id: "000_4c1ae4e712800ec5", text: try String(contentsOfFile: seedPath, encoding: .utf8)))
        let workbench = try Workbench(plugins: [])
        try workbench.engine.ensure([.entities], in: &graph, settings: workbench.defaultSettings)
        return graph
    }

    let load = "load '\(seedPath)'\n"

    @Test func seedPeopleExactly() throws {
        let (output, errors) = try runTextScript(load + "entities --kind person --format csv\n")
        #expect(errors == "")
        #expect(output == """
            name,kind,mentions,documents,aliases\r
            Michito Tsuruoka,person,4,1,Tsuruoka\r
            Taku Ishikawa,person,4,1,Ishikawa\r

            """)
    }

    @Test func seedNoPersonIsAPlaceOrAnOrganisation() throws {
        let graph = try seedGraph()
        let layer = try #require(graph.payload(of: "entities", as: EntityLayer.self))
        for entity in layer.entities where entity.kind != .person {
            for name in [entity.name] + entity.aliases {
                #expect(!["Tsuruoka", "Ishikawa", "Michito", "Taku", "Smart Defence"].contains { name.contains($0) })
            }
        }
        let byName = Dictionary(layer.entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for place in ["Japan", "Tokyo", "Afghanistan", "Kabul", "Jalalabad", "Mazar-e-Sharif", "Bamyan", "United States"] {
            #expect(byName[place] == .place, "\(place)")
        }
        for organization in ["North Atlantic Treaty Organization", "National Institute for Defense Studies", "National Defense Academy of Japan",
                             "Department of International Relations", "NATO Headquarters", "International Security Assistance Force",
                             "Security Defence Force"] {
            #expect(byName[organization] == .organization, "\(organization)")
        }
        #expect(byName["Japanese"] == .group)
        #expect(layer.entities.first { $0.name == "North Atlantic Treaty Organization" }?.aliases == ["NATO", "Alliance"])
        #expect(layer.entities.first { $0.name == "Security Defence Force" }?.aliases == ["SDF"])
    }

    @Test func seedRoles() throws {
        let (output, errors) = try runTextScript(load + "roles --format csv\n")
        #expect(errors == "")
        #expect(output == """
            person,role,organization,doc,start,end\r
            Michito Tsuruoka,Senior Research Fellow,National Institute for Defense Studies,000_4c1ae4e712800ec5,246,333\r
            Taku Ishikawa,Associate Professor,Department of International Relations,000_4c1ae4e712800ec5,1908,2014\r

            """)
    }

    @Test func seedMentionsAndUnknownNames() throws {
        let (output, errors) = try runTextScript(load + "mentions tsuruoka --format csv\nmentions Tsuruka\n")
        #expect(output == """
            doc,start,end,text,sentence\r
            000_4c1ae4e712800ec5,116,132,Michito Tsuruoka,5\r
            000_4c1ae4e712800ec5,1748,1756,Tsuruoka,14\r
            000_4c1ae4e712800ec5,2938,2946,Tsuruoka,21\r
            000_4c1ae4e712800ec5,3650,3658,Tsuruoka,27\r

            """)
        #expect(errors.contains("no entity named 'Tsuruka'"))
        #expect(errors.contains("did you mean 'Tsuruoka'?"))
    }
}
