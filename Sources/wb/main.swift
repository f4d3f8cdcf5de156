import Foundation
import Workbench
import BuiltInPlugins

let workbench = try Workbench(plugins: BuiltInPlugins.all)
let io = SessionIO(output: { FileHandle.standardOutput.write(Data($0.utf8)) },
                   diagnostic: { FileHandle.standardError.write(Data(($0.description + "\n").utf8)) })
let session = Session(workbench: workbench, io: io)
let args = CommandLine.arguments
if args.count >= 3, args[1] == "-c" {
    let runner = ScriptRunner(session: session, reportError: { FileHandle.standardError.write(Data($0.utf8)) })
    exit(runner.run(source: args[2], file: "<command line>").exitCode)
}
