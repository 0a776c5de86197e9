package dev.starling.app;

import dev.starling.app.cli.ClassifyCommand;
import dev.starling.app.cli.CliException;
import dev.starling.app.cli.EmbedCommand;
import dev.starling.app.cli.EvaluateCommand;
import dev.starling.app.cli.PretrainCommand;
import dev.starling.app.cli.ExitCodes;
import dev.starling.app.cli.TokenizeCommand;
import dev.starling.app.cli.TrainCommand;
import dev.starling.engine.format.WeightFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code starling} command line. */
@Command(name = "starling",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"LLM-powered social media analysis on the JVM.", ""},
        subcommands = {TokenizeCommand.class,
            EmbedCommand.class,
            TrainCommand.class,
            PretrainCommand.class,
            EvaluateCommand.class,
            ClassifyCommand.class,
            dev.starling.app.analyze.AnalyzeCommand.class,
            dev.starling.app.trends.TrendsCommand.class,
            dev.starling.app.trends.InfluenceCommand.class,
            dev.starling.app.engagement.EngagementCommand.class,
            dev.starling.app.generate.GenerateCommand.class,
            dev.starling.app.models.ModelsCommand.class,
            dev.starling.app.llm.ZeroShotCommand.class,
            dev.starling.app.recommend.RecommendCommand.class,
            dev.starling.app.explain.ExplainCommand.class,
            dev.starling.app.topics.TopicsCommand.class,
            CommandLine.HelpCommand.class},
        footer = ExitCodes.HELP_FOOTER)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("starling: out of memory; try a smaller --batch-size or a larger heap (JAVA_OPTS=-Xmx…)");
            status = ExitCodes.INTERNAL;
        }
        System.exit(status);
    }

    /** Runs the CLI and returns the exit status (no System.exit: tests call this). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setErr(new PrintWriter(System.err, true));
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof CliException ce) {
            err.println("starling: " + ce.getMessage());
            return ce.exitCode();
        }
        if (e instanceof WeightFormatException wf) {
            err.println("starling: model error: " + wf.getMessage());
            return ExitCodes.MODEL;
        }
        err.println("starling: internal error: " + e);
        if (System.getenv("STARLING_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set STARLING_DEBUG=1 for a stack trace, and please report it)");
        }
        return ExitCodes.INTERNAL;
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"starling " + (v == null ? "dev" : v),
                "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs"};
        }
    }
}
