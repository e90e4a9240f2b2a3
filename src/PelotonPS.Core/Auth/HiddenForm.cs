using System;
using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace PelotonPS.Auth
{
    /// <summary>
    /// The self-submitting form Auth0 answers a successful credential post with: its action and hidden fields,
    /// HTML-decoded. A few tag-level expressions suffice for one machine-written form; a general HTML parser
    /// would be one more DLL in every user's PowerShell process.
    /// </summary>
    internal sealed class HiddenForm
    {
        private static readonly Regex FormTag = new(@"<form\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex InputTag = new(@"<input\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex Attribute = new(@"([\w:-]+)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s""'>]+))", RegexOptions.CultureInvariant);

        private HiddenForm(Uri action, List<KeyValuePair<string, string>> fields)
        {
            Action = action;
            Fields = fields;
        }

        public Uri Action { get; }

        public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

        /// <summary>The first form of <paramref name="html"/>, or null when the page has none.</summary>
        public static HiddenForm? Parse(string html, Uri pageUri, Uri defaultAction)
        {
            Match form = FormTag.Match(html);
            if (!form.Success)
            {
                return null;
            }

            Dictionary<string, string> formAttributes = Attributes(form.Value);
            int end = html.IndexOf("</form", form.Index, StringComparison.OrdinalIgnoreCase);
            string body = end < 0 ? html.Substring(form.Index) : html.Substring(form.Index, end - form.Index);
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in InputTag.Matches(body))
            {
                Dictionary<string, string> attributes = Attributes(input.Value);
                bool hidden = attributes.TryGetValue("type", out string? type) && type.Equals("hidden", StringComparison.OrdinalIgnoreCase);
                if (hidden && attributes.TryGetValue("name", out string? name))
                {
                    fields.Add(new KeyValuePair<string, string>(name, attributes.TryGetValue("value", out string? value) ? value : string.Empty));
                }
            }

            Uri action = formAttributes.TryGetValue("action", out string? target) && Uri.TryCreate(pageUri, target, out Uri? resolved)
                ? resolved
                : defaultAction;
            return new HiddenForm(action, fields);
        }

        public override string ToString() => $"form to {Action.GetLeftPart(UriPartial.Path)} with {Fields.Count} fields";

        private static Dictionary<string, string> Attributes(string tag)
        {
            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match match in Attribute.Matches(tag))
            {
                string raw = match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Success ? match.Groups[3].Value : match.Groups[4].Value;
                attributes[match.Groups[1].Value] = WebUtility.HtmlDecode(raw);
            }

            return attributes;
        }
    }
}
