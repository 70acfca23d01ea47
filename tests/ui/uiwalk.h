#pragma once

#include <functional>

#include <QString>

class AppCore;
class CloudSession;
class QWidget;

/// Shows, one after the other, every window state an operator meets: the main window, each
/// wizard page of each of the eight methods (the OBS page with a data disk, the local-file page
/// with its bucket list, every review page), the profile editor (a saved profile and a new one
/// with each sign-in method), the import dialog, the welcome dialog and the password prompt.
/// `visit` gets a name for the state and its shown, laid-out top-level window; it may fail the
/// test (QVERIFY), which ends the walk. `session` must be connected to the demo cloud.
using UiVisit = std::function<void(const QString &where, QWidget *window)>;
void walkEveryWindow(AppCore *core, CloudSession *session, const UiVisit &visit);

/// The wizard's method pages only (one per method, as the operator reaches them).
void walkWizardPages(AppCore *core, CloudSession *session, const UiVisit &visit);
