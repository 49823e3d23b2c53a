// SPDX-License-Identifier: MIT
#pragma once

#include "scene/scenefamily.h"
#include "scene/scenesnapshot.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace interleave {

// Where a token stands.
enum class Place : quint8 {
    Hidden, // not started yet
    Running,
    Ready, // runnable: waiting for a CPU
    Sleeping,
    Joining, // in join(), linked to the thread it waits for
    Elsewhere, // waiting on something the scene does not draw (I/O, ...)
    Holding, // inside a resource: a lock's holder, a permit's slot
    Queued, // in a resource's line (or its waiting room), `index` 0 first
    Done, // finished, cancelled or failed
};

struct TokenPlace {
    Place place = Place::Hidden;
    int resource = -1; // Holding, Queued: the resource; Joining: the join handle
    int index = 0; // Holding: slot; Queued: position in line; areas: the actor's own spot
    QPointF centre;
    int nameRow = 0; // which of the layout's nameRows() its name is written in, under the token
    qreal nameWidth = 0; // how wide its name may be; 0: the layout's pitch() times nameRows()
};

// A hold by an actor whose token stands somewhere else (it waits for another lock): drawn as a faded
// token in the slot, so the picture shows both what it holds and what it waits for.
struct HoldMark {
    int actor = -1;
    int resource = -1;
    int slot = 0;
    QPointF centre;
};

// One resource drawn as an object.
struct SceneCard {
    int resource = -1;
    ResourceKind kind = ResourceKind::Mutex;
    QRectF rect; // the card
    QRectF title; // name and kind
    QRectF status; // one line: "held by Thread-2", "0 of 2 permits free"
    QRectF room; // inside the door: holder slots; a condition's waiting room; an event's flag; a value box
    QRectF door; // between the queue and the room; empty when the kind has none
    QRectF queueArea; // where the line forms (outside the door)
    std::vector<QPointF> seats; // holder places
    std::vector<QPointF> queue; // waiter places; queue[0] at the door
};

// A place for tokens that are not at a resource.
struct SceneArea {
    Place place = Place::Running;
    QRectF rect;
    std::vector<int> members; // the actors that ever come here, in actor order
    std::vector<QPointF> spots; // one per member, so a token keeps its spot
};

// A shape of a family's picture (see SceneFamily) that is not a resource card.
enum class BoxRole : quint8 {
    Process, // a process with its own memory: pid; members: its actors
    SharedMemory, // memory the processes share: members: the shared values and locks in it
    Channel, // a queue or a pipe between processes: resource
    Pool, // an executor: resource (the pool)
    WorkQueue, // a pool's line of submitted work items: resource (the queue, or -1)
    Worker, // a pool's worker slot: actor
    Ticket, // a future: resource
    Callers, // the threads that hand work to a pool: members
    Wheel, // the event loop: resource (the loop, or -1); actor: the thread that runs it
    ReadyQueue, // the loop's ready queue, the first to run at the wheel's end
    Others, // actors that belong to no other box: members
    Lane, // a sequence diagram's lifeline: actor
};

struct SceneBox {
    BoxRole role = BoxRole::Process;
    QRectF rect;
    int actor = -1;
    int resource = -1;
    qint64 pid = 0;
    std::vector<int> members; // actors (or resources, for shared memory)
    std::vector<QPointF> spots; // one per member, or places in a line
    std::vector<qint64> times; // a lane: the moments the diagram spaces out (see SequenceScene::yOf)
};

// Where a message on its way is drawn (an envelope in a channel): one per SceneSnapshot::messages entry
// the picture shows.
struct MessageMark {
    int message = -1; // index into SceneSnapshot::messages
    int resource = -1;
    QPointF at;
};

struct SceneMetrics;

// The geometry of the scene at a size, and where each token goes for a snapshot. Fixed for a trace
// and a size (cards are as large as their longest queue ever), so only tokens move.
class SceneLayout {
public:
    static SceneLayout frame(const SceneIndex& index, QSizeF size);
    void place(const SceneSnapshot& snapshot); // fills tokens() and holdMarks()

    QSizeF size() const { return m_size; }
    qreal radius() const { return m_radius; }
    qreal pitch() const { return m_pitch; } // from one token to the next in a row
    bool showNames() const { return m_showNames; } // false when tokens are too small for names
    // Names under tokens in a row: 1, or 2 when neighbours' names take turns one line lower (a narrow
    // sequence diagram), so each name may be twice the pitch wide.
    int nameRows() const { return m_nameRows; }
    qreal labelPx() const { return m_labelPx; } // token names, captions
    qreal titlePx() const { return m_titlePx; } // card titles, the banner
    QRectF banner() const { return m_banner; }
    const std::vector<SceneArea>& areas() const { return m_areas; }
    const std::vector<SceneCard>& cards() const { return m_cards; }
    const std::vector<TokenPlace>& tokens() const { return m_tokens; } // indexed by actor
    const std::vector<HoldMark>& holdMarks() const { return m_marks; }
    SceneFamily family() const { return m_family; }
    const std::vector<SceneBox>& boxes() const { return m_boxes; } // empty for the threads picture
    const SceneBox* box(BoxRole role, int actor = -1, int resource = -1) const; // -1: any
    const std::vector<MessageMark>& messageMarks() const { return m_messages; }

    const TokenPlace* token(int actor) const;
    const SceneCard* card(int resource) const;
    const SceneArea* area(Place place) const;
    // Where an actor's hold of `resource` is drawn: its token or its hold mark; null if it holds none.
    std::optional<QPointF> holdPoint(int actor, int resource) const;

private:
    friend class PoolScene;
    friend class ProcessScene;
    friend class LoopScene;
    friend class SequenceScene;

    // The threads picture: areas for places, resources as cards. A family's picture may fall back on it.
    static SceneLayout genericFrame(const SceneIndex& index, QSizeF size);
    // A family's picture at the largest token radius from `start` down to `smallest` (times `step` each try)
    // at which `fit` lays it out; forced at `smallest` when none fits.
    using FitFn = bool (*)(SceneLayout& l, const SceneIndex& index, QSizeF size, qreal r, bool force);
    static SceneLayout largestFit(
        const SceneIndex& index, QSizeF size, qreal start, qreal smallest, qreal step, FitFn fit);
    static Place areaPlaceOf(State s);
    void placeGeneric(const SceneSnapshot& s);
    // The frame every picture shares (the banner, the finished row at the bottom, the sizes of radius r):
    // returns the rectangle between them.
    QRectF frameEdges(const SceneIndex& index, QSizeF size, const SceneMetrics& m);
    // Resource cards in rows inside `region`; false when they do not fit (and not forced). A queue longer
    // than maxRows rows of tokens piles up on its last places.
    bool placeCards(const SceneIndex& index, const std::vector<int>& resources, QRectF region, const SceneMetrics& m,
        bool force, int maxRows = 1 << 30);
    // Where a token stands when the family's picture has no better place for it: in its area.
    void placeInArea(TokenPlace& t, const ActorSnapshot& a);
    // Faded marks in the seats of holders whose tokens stand somewhere else.
    void placeHoldMarks(const SceneSnapshot& s);
    // strip: the places across the top; otherwise in a column on the left. force: lay it out even when
    // it does not fit (it is drawn clipped).
    bool tryFit(const SceneIndex& index, QSizeF size, qreal radius, bool strip, bool force);
    QPointF areaSpot(Place place, int actor) const;
    static int spotIndex(const SceneArea& a, int actor); // the actor's spot in the area, or -1
    // Puts the token at its spot in area `in`, with the room its name has there.
    void setAreaSpot(TokenPlace& t, Place in, int actor) const;

    QSizeF m_size;
    qreal m_radius = 10;
    qreal m_pitch = 26;
    bool m_showNames = true;
    int m_nameRows = 1;
    qreal m_labelPx = 10;
    qreal m_titlePx = 12;
    QRectF m_banner;
    std::vector<SceneArea> m_areas;
    std::vector<SceneCard> m_cards;
    std::vector<int> m_cardOf; // resource -> index into m_cards, or -1
    std::vector<TokenPlace> m_tokens;
    std::vector<HoldMark> m_marks;
    SceneFamily m_family = SceneFamily::Threads;
    std::vector<SceneBox> m_boxes;
    std::vector<MessageMark> m_messages;
};

} // namespace interleave
