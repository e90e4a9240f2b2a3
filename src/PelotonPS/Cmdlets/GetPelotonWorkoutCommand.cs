using System;
using System.Collections.Generic;
using System.Management.Automation;
using PelotonPS.Commands.Completers;
using PelotonPS.Commands.Infrastructure;
using PelotonPS.Paging;

namespace PelotonPS.Commands.Cmdlets
{
    /// <summary>Lists workouts newest first, streamed page by page, or reads workouts by id with their details.</summary>
    [Cmdlet(VerbsCommon.Get, "PelotonWorkout", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Workout))]
    public sealed class GetPelotonWorkoutCommand : PelotonWorkoutDataCmdletBase<Workout>
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const int ProgressActivityId = 0x5045_4C31;

        /// <summary>Workouts to read with their class, instructor, leaderboard rank, FTP and achievements.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByIdSet)]
        [ValidateNotNullOrEmpty]
        [ValidateWorkoutId]
        public string[] WorkoutId { get; set; } = Array.Empty<string>();

        /// <summary>Another user's public history; by default the connected user.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        /// <summary>Only workouts that started at or after this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime Since { get; set; }

        /// <summary>Only workouts that started at or before this time.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public DateTime Until { get; set; }

        /// <summary>Only these disciplines (cycling, running, strength, ...).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FitnessDisciplineCompleter))]
        public string[]? FitnessDiscipline { get; set; }

        /// <summary>Fills totals and averages (distance, calories, heart rate, ...) from each workout's performance graph: one more request per workout.</summary>
        [Parameter]
        public SwitchParameter IncludeSummary { get; set; }

        internal override void Emit(Workout result) => WriteObject(result);

        protected override void Process()
        {
            if (IsOffline)
            {
                ProcessOffline();
                return;
            }

            if (ParameterSetName == ByIdSet)
            {
                EnqueueEach(WorkoutId, (id, ct) => ActiveSession.Workouts.GetWorkoutAsync(id, IncludeSummary, Log, ct));

                return;
            }

            ListHistory();
        }

        /// <summary>The same objects and filters, read from the archive: no network, no session.</summary>
        private void ProcessOffline()
        {
            if (ParameterSetName == ByIdSet)
            {
                ReadEachOffline(WorkoutId, id => Archive.GetWorkout(id, IncludeSummary));
                return;
            }

            string archivedUser = System.IO.Path.GetFileName(Archive.Folder);
            if (UserId is not null && UserId != archivedUser)
            {
                throw new Errors.PelotonException(Errors.PelotonErrorIds.InvalidArgument, Errors.PelotonErrorCategory.InvalidArgument,
                    "-UserId cannot select another account in an archive.", "Pass that account's archive folder to -ArchivePath instead.", UserId);
            }

            WorkoutQuery query = BuildQuery(archivedUser);
            WriteTotalCountOnce(Archive.Count, TotalAccuracy(query));

            foreach (Workout workout in Archive.List(query, IncludeSummary))
            {
                WriteObject(workout);
                FlushLog();
            }

            FlushLog();
        }

        private void ListHistory()
        {
            WorkoutQuery query = BuildQuery(UserId ?? ActiveSession.UserId);
            if (query.First == 0)
            {
                return;
            }

            using var lister = new WorkoutLister(ActiveSession.Api, query, Log, EffectiveThrottleLimit);
            IReadOnlyList<Workout>? batch;
            while ((batch = Run(ct => lister.NextBatchAsync(ct))) is not null)
            {
                WriteTotalCountOnce(lister.Total, TotalAccuracy(query));
                ReportProgress(lister);
                foreach (Workout workout in batch)
                {
                    if (IncludeSummary)
                    {
                        Enqueue(workout.WorkoutId, ct => ActiveSession.Workouts.AddSummaryAsync(workout, Log, ct));
                    }
                    else
                    {
                        WriteObject(workout);
                    }
                }
            }

            WriteTotalCountOnce(lister.Total, TotalAccuracy(query));
            Drain();
            if (lister.PageCount > 1)
            {
                WriteProgress(new ProgressRecord(ProgressActivityId, "Get-PelotonWorkout", "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        private WorkoutQuery BuildQuery(string userId) => new(userId)
        {
            Since = ParameterSpecified(nameof(Since)) ? WorkoutQuery.ToInstant(Since) : null,
            Until = ParameterSpecified(nameof(Until)) ? WorkoutQuery.ToInstant(Until) : null,
            FitnessDisciplines = FitnessDiscipline,
            Skip = PagingParameters.Skip,
            First = ParameterSpecified("First") ? PagingParameters.First : ulong.MaxValue,
        };

        /// <summary>The API counts the whole history; with local filters that is only an upper bound.</summary>
        private static double TotalAccuracy(WorkoutQuery query) => query.HasFilters ? 0.5 : 1.0;

        private void ReportProgress(WorkoutLister lister)
        {
            if (lister.PageCount is not > 1)
            {
                return;
            }

            int percent = (int)Math.Min(100, lister.PagesRead * 100L / lister.PageCount.Value);
            WriteProgress(new ProgressRecord(ProgressActivityId, "Get-PelotonWorkout", $"Page {lister.PagesRead} of {lister.PageCount}")
            {
                PercentComplete = percent,
            });
        }
    }
}
