// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DomainTypes.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace kai::history {

// A round sealed after the "since" point.
struct SealRecord
{
    QString stageCode;
    QDate sealedOn;
    QString sealedAt;  // UTC, milliseconds
};

// A correction recorded after the "since" point, with the values it replaced (the previous
// correction's, or the original result's).
struct CorrectionRecord
{
    QString stageCode;
    QString consortiumCode;
    QDate recordedOn;
    QString recordedAt;
    domain::Outcome fromOutcome = domain::Outcome::Pending;
    std::optional<int> fromRank;
    domain::Outcome toOutcome = domain::Outcome::Pending;
    std::optional<int> toRank;
    domain::BilingualText reason;
};

// A criterion score's correction recorded after the "since" point, with the score it replaced (the
// previous correction's, or the original). A score is points, or passed/failed for a gate.
struct CriterionCorrectionRecord
{
    struct Score
    {
        std::optional<double> points;
        std::optional<bool> passed;
    };
    QString stageCode;
    QString consortiumCode;
    domain::BilingualText criterion;  // its name
    QDate recordedOn;
    QString recordedAt;
    Score from;
    Score to;
    domain::BilingualText reason;
};

// What a sentence needs to name an item the change log identifies by code or row id: the
// current names (a removed item keeps the code it was logged under).
struct ItemNames
{
    QHash<QString, domain::BilingualText> consortia;      // by code
    QHash<QString, domain::BilingualText> organisations;  // by code
    QHash<QString, domain::BilingualText> stages;         // by code
    QHash<QString, domain::BilingualText> sources;        // by code: the title
    QHash<QString, QString> models;                       // by code: the model's name
    QHash<QString, domain::BilingualText> providers;      // by row id as text
    QHash<QString, QString> gpuModels;                    // by row id as text
    QHash<QString, QString> consortiumCodes;              // row id as text -> code
    QHash<QString, QString> organisationCodes;
    QHash<QString, QString> stageCodes;
    QHash<QString, QString> sourceCodes;
};

} // namespace kai::history
