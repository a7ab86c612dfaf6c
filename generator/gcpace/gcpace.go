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
// collection left live. It looks every millisecond: a cleanup
// (runtime.AddCleanup) on an object made to be collected would tell it
// without looking, but only once the sweeper reaches that object, which
// in a busy build came 340 ms after the collection, with the heap grown
// to 300 MB under the share worked out for a small one.
package gcpace

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// every is how often Set looks for a finished collection: a build
// allocates a few megabytes in that time, so the heap overshoots the
// floor by no more than that.
const every = time.Millisecond

// minimumHeap is the runtime's heapMinimum at GOGC=100: whatever is live,
// the runtime lets the heap grow to minimumHeap × GOGC/100 before it
// collects.
const minimumHeap = 4 << 20

// Percent is the share (as for debug.SetGCPercent) that lets a heap grow
// to floor bytes when live bytes of it are live and its roots (stacks and
// globals) hold roots bytes, and never less than percent.
//
// The runtime collects once the heap reaches the larger of live + (live +
// roots) × GOGC/100 and minimumHeap × GOGC/100; this is the smallest share
// at which one of them reaches the floor.
func Percent(percent int, floor, live, roots uint64) int {
	if floor <= live {
		return percent
	}
	need := ceilDiv(floor*100, minimumHeap)
	if live+roots > 0 {
		need = min(need, ceilDiv((floor-live)*100, live+roots))
	}
	return max(percent, int(need))
}

func ceilDiv(a, b uint64) uint64 { return (a + b - 1) / b }

// Set paces the collector with percent, as debug.SetGCPercent does, but
// lets the heap reach floor bytes before any collection. It returns a
// function that stops pacing and puts back the share there was before.
// One pacing at a time.
func Set(percent int, floor uint64) (restore func()) {
	seen, live, roots := collections()
	previous := debug.SetGCPercent(Percent(percent, floor, live, roots))
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			if n, live, roots := collections(); n != seen {
				seen = n
				debug.SetGCPercent(Percent(percent, floor, live, roots))
			}
		}
	}()
	return func() {
		close(stop)
		<-stopped
		debug.SetGCPercent(previous)
	}
}

// collections is the number of collections finished so far, the heap the
// last one marked live (0 before any), and the roots it scanned.
func collections() (n, live, roots uint64) {
	s := []metrics.Sample{
		{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/heap/live:bytes"},
		{Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"},
	}
	metrics.Read(s)
	var v [4]uint64
	for i, x := range s {
		if x.Value.Kind() == metrics.KindUint64 {
			v[i] = x.Value.Uint64()
		}
	}
	return v[0], v[1], v[2] + v[3]
}
