// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlQuery.h"

namespace kai::store {

SqlQuery &SqlQuery::bind(int index, qint64 value)
{
    m_cursor->bindInt(index, value);
    return *this;
}

SqlQuery &SqlQuery::bind(int index, double value)
{
    m_cursor->bindDouble(index, value);
    return *this;
}

SqlQuery &SqlQuery::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    m_cursor->bindText(index, value);
    return *this;
}

SqlQuery &SqlQuery::bindNull(int index)
{
    m_cursor->bindNull(index);
    return *this;
}

SqlQuery &SqlQuery::bind(int index, const std::optional<double> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqlQuery &SqlQuery::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

void SqlQuery::run()
{
    while (step()) {
    }
}

std::optional<double> SqlQuery::columnOptionalDouble(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(columnDouble(column));
}

std::optional<qint64> SqlQuery::columnOptionalInt(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(columnInt(column));
}

} // namespace kai::store
