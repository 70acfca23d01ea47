#include "cloud/openrcimport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "cli/openstackenv.h"

using namespace Qt::StringLiterals;

namespace {

bool isName(const QString &s)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return re.match(s).hasMatch();
}

/// One shell word after quote removal and expansion of $NAME / ${NAME}.
struct Word
{
    QString text;
    bool prompted = false; // an expansion of a variable set by `read`
};

/// Splits a line into words the way a POSIX shell would for simple commands, without running
/// anything. `why` is set (translated) when the line needs more than this: command substitution,
/// operators, an unknown expansion form, an unterminated quote.
class LineLexer
{
    Q_DECLARE_TR_FUNCTIONS(OpenrcImport)
public:
    LineLexer(const QMap<QString, QString> &vars,
        const QSet<QString> &prompted,
        const QProcessEnvironment &outside)
        : m_vars(vars)
        , m_prompted(prompted)
        , m_outside(outside)
    { }

    QList<Word> split(const QString &line, QString *why)
    {
        QList<Word> words;
        Word word;
        bool inWord = false;
        const qsizetype n = line.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = line.at(i);
            if (c == u' ' || c == u'\t') {
                if (inWord)
                    words << std::exchange(word, {});
                inWord = false;
                continue;
            }
            if (c == u'#' && !inWord)
                break; // a comment
            inWord = true;
            if (c == u'\'') {
                const qsizetype end = line.indexOf(u'\'', i + 1);
                if (end < 0)
                    return fail(why, tr("a quote is not closed on this line"));
                word.text += line.mid(i + 1, end - i - 1);
                i = end;
            } else if (c == u'"') {
                qsizetype j = i + 1;
                for (; j < n && line.at(j) != u'"'; ++j) {
                    const QChar d = line.at(j);
                    if (d == u'\\' && j + 1 < n
                        && QStringView(u"$`\"\\").contains(line.at(j + 1))) {
                        word.text += line.at(++j);
                    } else if (d == u'$') {
                        if (!expand(line, &j, &word, why))
                            return {};
                    } else if (d == u'`') {
                        return fail(why, tr("command substitution is not run"));
                    } else {
                        word.text += d;
                    }
                }
                if (j >= n)
                    return fail(why, tr("a quote is not closed on this line"));
                i = j;
            } else if (c == u'\\') {
                if (i + 1 < n)
                    word.text += line.at(++i);
            } else if (c == u'$') {
                if (!expand(line, &i, &word, why))
                    return {};
            } else if (c == u'`') {
                return fail(why, tr("command substitution is not run"));
            } else if (QStringView(u";|&<>()").contains(c)) {
                return fail(why, tr("only simple variable assignments are read"));
            } else {
                word.text += c;
            }
        }
        if (inWord)
            words << word;
        return words;
    }

private:
    static QList<Word> fail(QString *why, const QString &text)
    {
        *why = text;
        return {};
    }

    /// At line[*i] == '$': appends the value of $NAME or ${NAME}; leaves *i on its last char.
    bool expand(const QString &line, qsizetype *i, Word *word, QString *why)
    {
        const qsizetype n = line.size();
        qsizetype j = *i + 1;
        QString name;
        if (j < n && line.at(j) == u'(') {
            *why = tr("command substitution is not run");
            return false;
        }
        if (j < n && line.at(j) == u'{') {
            const qsizetype end = line.indexOf(u'}', j);
            name = end < 0 ? QString() : line.mid(j + 1, end - j - 1);
            if (!isName(name)) {
                *why = tr("only $NAME and ${NAME} expansions are read");
                return false;
            }
            *i = end;
        } else {
            while (j < n && (line.at(j).isLetterOrNumber() || line.at(j) == u'_'))
                name += line.at(j++);
            if (!isName(name)) {
                if (name.isEmpty() && (j >= n || line.at(j) == u'"' || line.at(j) == u' ')) {
                    word->text += u'$'; // a lone '$' is itself
                    *i = j - 1;
                    return true;
                }
                *why = tr("only $NAME and ${NAME} expansions are read");
                return false;
            }
            *i = j - 1;
        }
        if (m_prompted.contains(name)) {
            word->prompted = true;
        } else if (m_vars.contains(name)) {
            word->text += m_vars.value(name);
        } else if (!name.startsWith(u"OS_"_s)) {
            word->text += m_outside.value(name); // e.g. $HOME; unset is empty, as in a shell
        }
        return true;
    }

    const QMap<QString, QString> &m_vars;
    const QSet<QString> &m_prompted;
    const QProcessEnvironment &m_outside;
};

} // namespace

OpenrcImport::Variables OpenrcImport::parseVariables(
    const QByteArray &text, const QProcessEnvironment &outside)
{
    Variables out;
    static const QRegularExpression unsetIfEmpty(
        u"^if\\s+\\[\\s+-z\\s+\"?\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?\"?\\s+\\]\\s*;\\s*then\\s+"
        "unset\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*;?\\s*fi\\s*;?$"_s);
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNo = int(index + 1);
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        //: %1 = line number, %2 = why the line is not used (never its values)
        const auto unusable = [&](const QString &why) {
            out.unusable << tr("line %1: %2; it is not used.").arg(lineNo).arg(why);
        };
        if (const auto m = unsetIfEmpty.match(line); m.hasMatch()) {
            // Horizon's "unset it if it was empty": an empty value already counts as not set.
            if (m.captured(1) == m.captured(2) && out.values.value(m.captured(1)).isEmpty())
                out.values.remove(m.captured(1));
            continue;
        }
        QString why;
        LineLexer lexer(out.values, out.prompted, outside);
        const QString firstWord = line.section(u' ', 0, 0);
        if (firstWord == u"echo" || firstWord == u"printf")
            continue; // output only
        QList<Word> words = lexer.split(line, &why);
        if (!why.isEmpty()) {
            unusable(why);
            continue;
        }
        if (words.isEmpty())
            continue;
        const QString command = words.constFirst().text;
        if (command == u"read") {
            // read [-s] [-r] [-p prompt] NAME: the value comes from the keyboard.
            const QString name = words.constLast().text;
            if (words.size() >= 2 && isName(name)) {
                out.prompted.insert(name);
                out.values.remove(name);
            } else {
                unusable(tr("a read command without a variable name"));
            }
            continue;
        }
        if (command == u"unset") {
            for (qsizetype i = 1; i < words.size(); ++i) {
                out.values.remove(words.at(i).text);
                out.prompted.remove(words.at(i).text);
            }
            continue;
        }
        if (command == u"export")
            words.removeFirst();
        bool assignments = true;
        for (const Word &w : std::as_const(words)) {
            const qsizetype eq = w.text.indexOf(u'=');
            if (eq <= 0 || !isName(w.text.left(eq)))
                assignments = false;
        }
        if (!assignments) {
            if (command == u"export" && !words.isEmpty()) {
                bool names = true;
                for (const Word &w : std::as_const(words))
                    names = names && isName(w.text);
                if (names)
                    continue; // "export NAME": marks it for export, sets nothing
            }
            //: %1 = a command name from the file (e.g. source)
            unusable(tr("the command %1 is not run").arg(command));
            continue;
        }
        for (const Word &w : std::as_const(words)) {
            const qsizetype eq = w.text.indexOf(u'=');
            const QString name = w.text.left(eq);
            if (w.prompted) {
                out.prompted.insert(name);
                out.values.remove(name);
            } else {
                out.values.insert(name, w.text.mid(eq + 1));
                out.prompted.remove(name);
            }
        }
    }
    return out;
}

ImportScan OpenrcImport::read(const QString &path, const QProcessEnvironment &outside)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ImportScan result;
        //: %1 = file path, %2 = the system's reason
        result.error = tr("%1 could not be read: %2").arg(path, f.errorString());
        return result;
    }
    ImportScan result = parse(f.readAll(), QFileInfo(path).fileName(), outside);
    result.files = QStringList{path};
    return result;
}

ImportScan OpenrcImport::parse(
    const QByteArray &text, const QString &fileName, const QProcessEnvironment &outside)
{
    ImportScan result;
    const Variables vars = parseVariables(text, outside);
    result.notes = vars.unusable;
    QProcessEnvironment env;
    for (auto it = vars.values.cbegin(); it != vars.values.cend(); ++it) {
        if (it.key().startsWith(u"OS_"_s))
            env.insert(it.key(), it.value());
    }
    if (env.isEmpty() && vars.prompted.isEmpty()) {
        //: %1 = file name
        result.error = tr("%1 sets no OS_* variables: it is not an openrc file.").arg(fileName);
        return result;
    }

    const OpenStackEnv::Mapping m = OpenStackEnv::map(env);
    ImportCandidate c;
    c.source = fileName;
    c.profile = m.profile;
    c.profile.id.clear();
    if (c.profile.family == CloudFamily::Demo)
        c.profile.family = CloudFamily::OpenStack; // the app makes the demo profile itself
    QString name = QFileInfo(fileName).completeBaseName();
    for (const QString &suffix : {u"-openrc"_s, u"_openrc"_s, u"openrc"_s}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            name.chop(suffix.size());
    }
    if (name.isEmpty())
        name = c.profile.projectName.isEmpty() ? c.profile.projectId : c.profile.projectName;
    if (name.isEmpty())
        name = fileName;
    c.profile.name = name;

    for (const QString &variable : m.missing) {
        if (variable == u"OS_PASSWORD" || variable == u"OS_APPLICATION_CREDENTIAL_SECRET") {
            c.secretMissing = true;
            if (vars.prompted.contains(variable) || vars.prompted.contains(u"OS_PASSWORD_INPUT"_s))
                c.notes << tr("The password is not in the file (it asks for it when sourced): "
                              "Imagewright asks for it at the first sign-in.");
            else
                c.notes << tr("No secret in the file: Imagewright asks for it at the first "
                              "sign-in.");
        } else {
            //: %1 = a variable name such as OS_AUTH_URL
            c.problems << tr("%1 is not set in the file.").arg(variable);
        }
    }
    c.problems << m.problems;
    if (c.profile.region.isEmpty()) {
        c.profile.region = ProfileImport::regionFromAuthUrl(c.profile.family, c.profile.authUrl);
        if (!c.profile.region.isEmpty())
            //: %1 = region
            c.notes << tr("Region %1 taken from the identity URL.").arg(c.profile.region);
    }
    // Huawei and OTC IAM scope a project by its name alone (its domain is the account).
    if ((c.profile.family == CloudFamily::HuaweiCloud
            || c.profile.family == CloudFamily::OpenTelekomCloud)
        && !env.contains(u"OS_PROJECT_DOMAIN_NAME"_s) && !env.contains(u"OS_PROJECT_DOMAIN_ID"_s))
        c.profile.projectDomain.clear();
    if (!env.value(u"OS_CLOUD"_s).isEmpty())
        //: %1 = the cloud name OS_CLOUD gives
        c.notes << tr("OS_CLOUD names the cloud \"%1\" of a clouds.yaml: import that file for "
                      "its settings.")
                       .arg(env.value(u"OS_CLOUD"_s));
    if (!env.value(u"OS_TOKEN"_s).isEmpty() || !env.value(u"OS_AUTH_TOKEN"_s).isEmpty())
        c.notes << tr("The token in the file is not imported: a token expires.");
    if (!m.password.isEmpty() && !m.applicationCredential)
        c.secrets.insert(SecretKind::Password, HeldSecret(m.password));
    if (!m.applicationCredentialSecret.isEmpty())
        c.secrets.insert(
            SecretKind::ApplicationCredentialSecret, HeldSecret(m.applicationCredentialSecret));
    result.candidates << c;
    return result;
}
