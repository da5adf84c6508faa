return AsAnalysis.Cli.CliApp.Run(args, Console.Out, Console.Error);
