using Forgejo.Web.Cli;

return await ForgejoCommandLine.RunAsync(args);
