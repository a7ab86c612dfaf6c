// Package gcpace sets how far the heap may grow before the garbage
// collector runs: a share of what is live, as GOGC is, but never less than
// a floor.
//
// A build keeps little headroom (a share of 60%, not the default 100%) so
// a site of 10,000 pages peaks under 200 MB. A share alone makes a small
// site collect a dozen times: the runtime starts from a 4 MB heap, and
// 60% of a few megabytes is soon used. Those collections were a sixth of
// the demo's build time for no memory worth saving. With a floor the
// small site is not collected below it and the big one is paced by its
// share, once its live heap is past floor / (1 + share).
//
// The runtime has a ceiling (debug.SetMemoryLimit) but no floor, so Set
// works the share out again after every collection, from the heap that
// collection left live: a cleanup (runtime.AddCleanup) on an object made
// to be collected runs once a cycle, as in the GC tuners Go services use.
package gcpace

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// initialHeap is the heap at which the runtime starts its first
// collection at GOGC=100 (runtime's heapMinimum).
const initialHeap = 4 << 20

// maxPercent bounds the share Set asks for: a heap that is almost all
// garbage still gets collected at floor, give or take, without the share
// overflowing.
const maxPercent = 100_000

// Percent is the share (as for debug.SetGCPercent) that lets a heap whose
// live part is live bytes grow to floor, and never less than percent.
func Percent(percent int, floor, live uint64) int {
	if live == 0 {
		live = initialHeap
	}
	if floor <= live {
		return percent
	}
	need := (floor-live)*100/live + 1
	if need > maxPercent {
		return maxPercent
	}
	return max(percent, int(need))
}

// Set paces the collector with percent, as debug.SetGCPercent does, but
// lets the heap reach floor bytes before any collection. It returns a
// function that stops pacing and puts back the share there was before.
// One pacing at a time: a second Set replaces the first.
func Set(percent int, floor uint64) (restore func()) {
	p := &pacer{percent: percent, floor: floor}
	mu.Lock()
	if current != nil {
		current.stopped = true
	}
	current = p
	mu.Unlock()
	previous := debug.SetGCPercent(Percent(percent, floor, liveHeap()))
	p.arm()
	return func() {
		mu.Lock()
		p.stopped = true
		if current == p {
			current = nil
		}
		mu.Unlock()
		debug.SetGCPercent(previous)
	}
}

var (
	mu      sync.Mutex // guards current and every pacer's stopped
	current *pacer
)

type pacer struct {
	percent int
	floor   uint64
	stopped bool
}

// sentinel is what a collection finds unreachable, once a cycle. It holds
// a pointer and is bigger than 16 bytes, so the runtime gives it a block
// of its own (tiny blocks shared with other objects may never be freed).
type sentinel struct {
	_ *pacer
	_ [24]byte
}

// arm makes the next collection call p.after.
func (p *pacer) arm() {
	runtime.AddCleanup(&sentinel{}, (*pacer).after, p)
}

// after runs once a collection has finished: it sets the share for the
// heap that collection left live, and waits for the next.
func (p *pacer) after() {
	mu.Lock()
	defer mu.Unlock()
	if p.stopped {
		return
	}
	debug.SetGCPercent(Percent(p.percent, p.floor, liveHeap()))
	p.arm()
}

// liveHeap is the heap the last collection marked live; 0 before any.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
