<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangeSentences</name>
    <message numerus="yes">
        <source>%n GPU usage import(s) added %1 rows of usage from %2 to %3.</source>
        <translation>
            <numerusform>%n GPU usage import added %1 rows of usage from %2 to %3.</numerusform>
            <numerusform>%n GPU usage imports added %1 rows of usage from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GPU usage import(s) added %1 rows.</source>
        <translation>
            <numerusform>%n GPU usage import added %1 rows.</numerusform>
            <numerusform>%n GPU usage imports added %1 rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesSlide</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>%n series: %1</source>
        <translation>
            <numerusform>%n series: %1</numerusform>
            <numerusform>%n series: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1: %n problem found:</numerusform>
            <numerusform>%1: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: rebuilt the daily GPU usage rollup from the samples (%n difference(s) found).</source>
        <translation>
            <numerusform>%1: rebuilt the daily GPU usage rollup from the samples (%n difference found).</numerusform>
            <numerusform>%1: rebuilt the daily GPU usage rollup from the samples (%n differences found).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>The sample data was copied into it (%n row(s)).</source>
        <translation>
            <numerusform>The sample data was copied into it (%n row).</numerusform>
            <numerusform>The sample data was copied into it (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message numerus="yes">
        <source>%1 and %2 differ in %n fact(s):</source>
        <translation>
            <numerusform>%1 and %2 differ in %n fact:</numerusform>
            <numerusform>%1 and %2 differ in %n facts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GpuUsageSlide</name>
    <message numerus="yes">
        <source>%1; %n teams under-use their allocation</source>
        <translation>
            <numerusform>%1; %n team under-uses its allocation</numerusform>
            <numerusform>%1; %n teams under-use their allocation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesMerger</name>
    <message numerus="yes">
        <source>%n notes merged as open notes</source>
        <translation>
            <numerusform>%n note merged as open notes</numerusform>
            <numerusform>%n notes merged as open notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already merged before</source>
        <translation>
            <numerusform>; %n already merged before</numerusform>
            <numerusform>; %n already merged before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewSlide</name>
    <message numerus="yes">
        <source>%n teams remain</source>
        <translation>
            <numerusform>%n team remains</numerusform>
            <numerusform>%n teams remain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; next: %2 in %n days</source>
        <translation>
            <numerusform>%1; next: %2 in %n day</numerusform>
            <numerusform>%1; next: %2 in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicants under review</source>
        <translation>
            <numerusform>%n applicant under review</numerusform>
            <numerusform>%n applicants under review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramRuleChecker</name>
    <message numerus="yes">
        <source>… and %n more difference(s) between the daily GPU usage rollup and the samples; run check --repair-rollup to rebuild it.</source>
        <translation>
            <numerusform>… and %n more difference between the daily GPU usage rollup and the samples; run check --repair-rollup to rebuild it.</numerusform>
            <numerusform>… and %n more differences between the daily GPU usage rollup and the samples; run check --repair-rollup to rebuild it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Consortium %1 exceeded its %2 allocation in %3 on %n day(s) (worst day: %4 GPU-hours used of %5 allocated).</source>
        <translation>
            <numerusform>Consortium %1 exceeded its %2 allocation in %3 on %n day (worst day: %4 GPU-hours used of %5 allocated).</numerusform>
            <numerusform>Consortium %1 exceeded its %2 allocation in %3 on %n days (worst day: %4 GPU-hours used of %5 allocated).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <source>%n notes written to %1.</source>
        <translation>
            <numerusform>%n note written to %1.</numerusform>
            <numerusform>%n notes written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundFundingSlide</name>
    <message numerus="yes">
        <source>%1 committed across %n teams</source>
        <translation>
            <numerusform>%1 committed to %n team</numerusform>
            <numerusform>%1 committed across %n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundFunnelSlide</name>
    <message numerus="yes">
        <source>%1, %n remain</source>
        <translation>
            <numerusform>%1, %n remains</numerusform>
            <numerusform>%1, %n remain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundPerformanceSlide</name>
    <message numerus="yes">
        <source>%1 of %n models reach %2 of %3</source>
        <translation>
            <numerusform>%1 of %n model reaches %2 of %3</numerusform>
            <numerusform>%1 of %n models reach %2 of %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundRanksSlide</name>
    <message numerus="yes">
        <source>%n consortia ranked in more than one round</source>
        <translation>
            <numerusform>%n consortium ranked in more than one round</numerusform>
            <numerusform>%n consortia ranked in more than one round</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundResultsSlide</name>
    <message numerus="yes">
        <source>%1: %n teams evaluated, result pending</source>
        <translation>
            <numerusform>%1: %n team evaluated, result pending</numerusform>
            <numerusform>%1: %n teams evaluated, result pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n teams advance</source>
        <translation>
            <numerusform>%1: %2 of %n team advances</numerusform>
            <numerusform>%1: %2 of %n teams advance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SealedResultStore</name>
    <message numerus="yes">
        <source>%n result(s) of this round are still pending; a round is sealed once all its results are announced.</source>
        <translation>
            <numerusform>%n result of this round is still pending; a round is sealed once all its results are announced.</numerusform>
            <numerusform>%n results of this round are still pending; a round is sealed once all its results are announced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kai::ui::RoundsView</name>
    <message numerus="yes">
        <source>Result pending · %n consortia under evaluation</source>
        <translation>
            <numerusform>Result pending · %n consortium under evaluation</numerusform>
            <numerusform>Result pending · %n consortia under evaluation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %1 · %n consortia evaluated</source>
        <translation>
            <numerusform>Published %1 · %n consortium evaluated</numerusform>
            <numerusform>Published %1 · %n consortia evaluated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n advanced</source>
        <translation>
            <numerusform> · %n advanced</numerusform>
            <numerusform> · %n advanced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kai::ui::WhatIfPanel</name>
    <message numerus="yes">
        <source>Weights of the scored criteria, in percent. Scores are scaled to each criterion&apos;s maximum; %n team(s) advance, as in the official result.</source>
        <translation>
            <numerusform>Weights of the scored criteria, in percent. Scores are scaled to each criterion&apos;s maximum; %n team advances, as in the official result.</numerusform>
            <numerusform>Weights of the scored criteria, in percent. Scores are scaled to each criterion&apos;s maximum; %n teams advance, as in the official result.</numerusform>
        </translation>
    </message>
</context>
</TS>
