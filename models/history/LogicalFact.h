// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kai::history {

// The kinds of fact a database holds, as a reader names them rather than as tables store them.
enum class FactKind {
    Program, Source, Organisation, Consortium, Membership, Stage, RoundResult, Criterion, CriterionScore,
    Benchmark, RoundReference, ReleasedModel, ModelScore, GpuModel, GpuProvider, GpuAllocation, GpuUsage,
    Funding, RoundSeal, ResultCorrection, CriterionCorrection, ExportRecord, OtherTable
};

// One fact identified by its stable key (codes, names, dates: never a row id), with its fields
// as text. A null QString is a missing value (SQL NULL).
struct LogicalFact
{
    FactKind kind = FactKind::OtherTable;
    QString key;                 // unique within its kind
    domain::BilingualText label; // how a sentence names it
    QStringList fieldNames;      // stable identifiers (name_en, announced_on, ...), shared by all facts of a kind
    QStringList values;          // one per field name
};

// Every fact of one database, by kind and key.
using FactsByKey = QMap<QString, LogicalFact>;
using LogicalFacts = QMap<FactKind, FactsByKey>;

} // namespace kai::history
