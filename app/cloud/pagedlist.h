#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <utility>

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "net/restjob.h"

/// One page of a marker-paged OpenStack list, as read from its answer.
template <typename Item> struct ListPage
{
    QList<Item> items;
    QString nextMarker; // empty: the last page
    QString error;      // translated; set: the answer could not be used
};

/// The usual way to read a page: the job's error, or `Page::fromJson()` of its answer (a type
/// with `nextMarker` and the list in the member `items`). `unreadable` says what was wrong with
/// an answer that is not such a page; its %1 is the detail (translated by the caller).
template <typename Page, typename Item>
ListPage<Item> readListPage(RestJob *job, QList<Item> Page::*items, const QString &unreadable)
{
    ListPage<Item> page;
    if (job->error()) {
        page.error = job->error().userMessage();
        return page;
    }
    QString why;
    const std::optional<Page> read = Page::fromJson(job->json().object(), &why);
    if (!read) {
        page.error = unreadable.arg(why);
        return page;
    }
    page.items = (*read).*items;
    page.nextMarker = read->nextMarker;
    return page;
}

/// Reads every page of a marker-paged list (Nova servers/detail, Cinder volumes/detail), one
/// request after the other. `fetch(marker)` sends the request for the page after `marker` (empty:
/// the first) and returns its job, or null when it cannot (the session is gone). `read(job)` reads
/// an answered page. `done(items, error)` is called once, with the whole list, or with the first
/// error (an empty error: fetch() gave no job). A repeated marker, or `maxPages` pages, end the
/// list: a guard against a cloud that keeps sending the same link. Answers arriving after
/// `context` is gone are dropped.
template <typename Item>
void loadAllPages(QObject *context,
    std::function<RestJob *(const QString &marker)> fetch,
    std::function<ListPage<Item>(RestJob *job)> read,
    std::function<void(QList<Item> items, std::optional<QString> error)> done,
    int maxPages = 200)
{
    struct State
    {
        QList<Item> items;
        int pages = 0;
        std::function<void(const QString &)> next;
    };
    auto state = std::make_shared<State>();
    // The in-flight job's handler holds the state; the state's own step refers to it weakly.
    state->next = [context, fetch, read, done, maxPages, weak = std::weak_ptr<State>(state)](
                      const QString &marker) {
        const std::shared_ptr<State> s = weak.lock();
        if (!s)
            return;
        RestJob *job = fetch(marker);
        if (!job) {
            done({}, QString());
            return;
        }
        QObject::connect(
            job, &RestJob::finished, context, [s, marker, read, done, maxPages](RestJob *j) {
                ListPage<Item> page = read(j);
                if (!page.error.isEmpty()) {
                    done({}, page.error);
                    return;
                }
                s->items.append(page.items);
                ++s->pages;
                if (!page.nextMarker.isEmpty() && page.nextMarker != marker
                    && s->pages < maxPages) {
                    s->next(page.nextMarker);
                    return;
                }
                done(std::exchange(s->items, {}), std::nullopt);
            });
    };
    state->next({});
}
