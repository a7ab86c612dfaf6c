package gcpace

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestPercent(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		percent            int
		floor, live, roots uint64
		want               int
	}{
		{60, 64 * mb, 0, 0, 1600},           // before any collection: 4 MB × 16 is the floor
		{60, 64 * mb, 0, 1 * mb, 1600},      // the minimum heap reaches it first
		{60, 64 * mb, 4 * mb, 0, 1500},      // 4 + 4 × 15
		{60, 64 * mb, mb / 8, 4 * mb, 1549}, // a small heap, big roots: the roots count too
		{60, 64 * mb, 32 * mb, 0, 100},      // 32 + 32 × 1
		{60, 64 * mb, 32 * mb, 8 * mb, 80},  // 32 + 40 × 0.8
		{60, 64 * mb, 40 * mb, 0, 60},       // 1.6: just the share
		{60, 64 * mb, 39 * mb, 0, 65},       // rounds up: never short of the floor
		{60, 64 * mb, 200 * mb, 1 * mb, 60}, // a big site: the share
		{60, 64 * mb, 64 * mb, 0, 60},       // at the floor
		{100, 64 * mb, 100 * mb, 0, 100},    // another share
		{60, 0, 4 * mb, 0, 60},              // no floor
		{400, 64 * mb, 32 * mb, 0, 400},     // a share above what the floor needs
		{60, 1 << 40, 1, 0, 26214400},       // a huge floor: the minimum heap bounds it
	} {
		if got := Percent(c.percent, c.floor, c.live, c.roots); got != c.want {
			t.Errorf("Percent(%d, %d, %d, %d) = %d, want %d", c.percent, c.floor, c.live, c.roots, got, c.want)
		}
	}
}

// TestSet: with a floor, garbage below it is not collected, where the
// share alone collects it again and again; once the live heap passes
// floor / (1 + share), the share paces the collector; restore puts back
// what was set before.
func TestSet(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	const floor = 64 << 20

	churn := func() uint64 {
		runtime.GC()
		start := cycles()
		for range 40 {
			sink = make([]byte, 1<<20)
		}
		sink = nil
		return cycles() - start
	}

	debug.SetGCPercent(60)
	alone := churn()
	restore := Set(60, floor)
	floored := churn()
	if alone < 3 || floored > 1 {
		t.Errorf("40 MB of garbage: %d collections with the share alone, %d with a floor of 64 MB; want 3 or more, and at most 1", alone, floored)
	}

	// A live heap of 100 MB is past the floor: after a collection, the
	// share alone.
	live := make([][]byte, 100)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	runtime.GC()
	if !eventually(func() bool { return gogc() == 60 }) {
		t.Errorf("with 100 MB live, GOGC is %d, want 60", gogc())
	}
	runtime.KeepAlive(live)
	live = nil

	restore()
	if got := gogc(); got != 60 {
		t.Errorf("after restore, GOGC is %d, want the 60 set before Set", got)
	}
	// Stopped: a collection no longer changes the share.
	debug.SetGCPercent(77)
	runtime.GC()
	time.Sleep(20 * time.Millisecond) // time for a look that should not come
	if got := gogc(); got != 77 {
		t.Errorf("after restore and a collection, GOGC is %d, want 77", got)
	}
}

// TestSetFollowsTheLiveHeap: the share worked out for a nearly empty
// heap (hundreds of percent) is not left in place once the heap holds
// more: 30 MB live and 1 GB of garbage churned through stay in hundreds of
// megabytes, where that share would let the heap reach the gigabyte.
func TestSetFollowsTheLiveHeap(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	runtime.GC()
	restore := Set(60, 64<<20)
	defer restore()
	live := make([][]byte, 30)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	peak := uint64(0)
	for range 1000 {
		sink = make([]byte, 1<<20)
		peak = max(peak, read("/memory/classes/heap/objects:bytes"))
	}
	sink = nil
	runtime.KeepAlive(live)
	if peak > 500<<20 {
		t.Errorf("heap peaked at %d MB, want under 500", peak>>20)
	}
}

var sink []byte

func cycles() uint64 { return read("/gc/cycles/total:gc-cycles") }

func gogc() int { return int(read("/gc/gogc:percent")) }

func read(name string) uint64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// eventually reports whether ok holds within a second: Set looks for
// collections from a goroutine of its own, every millisecond.
func eventually(ok func() bool) bool {
	for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if ok() {
			return true
		}
	}
	return ok()
}
