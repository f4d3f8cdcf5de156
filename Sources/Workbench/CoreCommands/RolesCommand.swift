/// `roles`: people's roles and the organisations they hold them in.
enum RolesCommand {
    static let spec = CommandSpec(
        "roles",
        summary: "people's roles and affiliations: person, role, organization, doc, start, end",
        discussion: """
        From appositions (`Taku Ishikawa, Associate Professor in …`), fronted appositions \
        (`A Senior Research Fellow at …, he …`) and titles before names (`NATO Secretary \
        General Anders Fogh Rasmussen`). organization is empty when the text names none. \
        start and end span the evidence; rows are in document order.
        """,
        examples: ["roles", "roles | where person ~ Ishikawa", "roles | context 1"],
        requires: [.entities]
    ) { context in
        let layer = try EntitiesCommand.layer(context.graph)
        var table = Table(name: "roles", columns: [
            .init("person"), .init("role"), .init("organization"), .init("doc"), .init("start", .int), .init("end", .int),
        ])
        var order: [String: Int] = [:]
        for (index, document) in context.graph.documents.enumerated() { order[document.id] = index }
        let roles = layer.roles.sorted { (order[$0.document] ?? 0, $0.start, $0.end) < (order[$1.document] ?? 0, $1.start, $1.end) }
        for role in roles {
            table.append([.string(layer.entities[role.person].name), .string(role.role),
                          role.organization.map { .string(layer.entities[$0].name) } ?? .null,
                          .string(role.document), .int(role.start), .int(role.end)],
                         span: Span(unchecked: role.document, role.start, role.end))
        }
        return table
    }
}
