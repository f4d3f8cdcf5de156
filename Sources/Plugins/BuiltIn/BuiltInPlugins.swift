import CooperationPlugin
import QuoteSentimentPlugin
import TimelinePlugin
import Workbench

/// The plugins compiled into wb, in the order their commands are listed. This is the only
/// place a plugin is named: add yours here (see docs/plugins.md).
public enum BuiltInPlugins {
    public static var all: [any Plugin] {
        [TimelinePlugin(), CooperationPlugin(), QuoteSentimentPlugin()]
    }
}
