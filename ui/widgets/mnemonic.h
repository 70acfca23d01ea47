#pragma once

#include <QString>

/// Mnemonics (the "&" of "&Name:", or the "(&N)" suffix of Japanese and Chinese texts).
namespace Mnemonic {
/// `text` as read aloud or shown without a shortcut: a "(&X)" suffix removed whole, a single
/// "&" dropped, "&&" kept as one "&".
QString strip(const QString &text);
} // namespace Mnemonic
