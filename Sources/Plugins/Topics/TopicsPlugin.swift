import Workbench

/// Topics: reproducible, labelled clusters of documents, paragraphs, sentences or quotes,
/// traceable to their text (issue 5). Commands `topics`, `topics.assign`, `topics.show`,
/// `topics.over-time`, `topics.by` and `eval topics`.
public struct TopicsPlugin: Plugin {
    public init() {}
    public let name = "topics"
    public var payloadTypes: [any PersistentPayload.Type] { [TopicsCache.self] }

    public var commands: [CommandSpec] {
        [
            TopicsCommands.topics, TopicsCommands.assign, TopicsCommands.show,
            TopicsCrossCommands.overTime, TopicsCrossCommands.by, EvalTopicsCommand.spec,
        ]
    }
}
