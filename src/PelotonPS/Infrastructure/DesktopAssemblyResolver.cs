using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace PelotonPS.Commands.Infrastructure
{
    /// <summary>
    /// Windows PowerShell 5.1 only: loads System.Text.Json and its closure from dependencies/desktop by simple
    /// name, whatever version was asked for (.NET Framework gives modules no binding redirects). PowerShell 7
    /// never needs it: its runtime carries these assemblies.
    /// </summary>
    internal static class DesktopAssemblyResolver
    {
        private static readonly HashSet<string> Shipped = new(StringComparer.OrdinalIgnoreCase)
        {
            "Microsoft.Bcl.AsyncInterfaces", "System.Buffers", "System.Memory", "System.Numerics.Vectors",
            "System.Runtime.CompilerServices.Unsafe", "System.Text.Encodings.Web", "System.Text.Json",
            "System.Threading.Tasks.Extensions",
        };

        private static readonly HashSet<string> Ours = new(StringComparer.OrdinalIgnoreCase) { "PelotonPS", "PelotonPS.Core" };

        private static string? dependencyFolder;

        public static void Register(string moduleFolder)
        {
            dependencyFolder = Path.Combine(moduleFolder, "dependencies", "desktop");
            AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        }

        public static void Unregister() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            string name = new AssemblyName(args.Name).Name ?? string.Empty;
            string? requester = args.RequestingAssembly?.GetName().Name;
            // Answer only for our own assemblies and the closure we ship, so other modules' loads stay theirs.
            if (dependencyFolder is null || !Shipped.Contains(name) || (requester is not null && !Ours.Contains(requester) && !Shipped.Contains(requester)))
            {
                return null;
            }

            string path = Path.Combine(dependencyFolder, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
