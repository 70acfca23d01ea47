#pragma once

#include <QFlags>

/// What changed in a job record, so a view repaints only what it must.
struct JobChange
{
    enum Flag
    {
        State = 0x1,
        Progress = 0x2,
        Result = 0x4,
        Other = 0x8,
    };
    Q_DECLARE_FLAGS(Flags, Flag)
};
Q_DECLARE_OPERATORS_FOR_FLAGS(JobChange::Flags)
