package site

import (
	"hash/maphash"
	"io/fs"
	"math"
	"math/bits"
	"reflect"
	"slices"
	"sort"
	"sync"
	"time"
	"unsafe"

	"github.com/minhbach/minhbach/generator/theme"
)

// A fingerprint names what one page was rendered from: its layout, the
// theme and the page's Frame. Two pages with the same fingerprint render
// to the same bytes, because a layout receives only its Frame (every value
// computed beforehand, see views.go) and the theme's functions read only
// the theme (its strings, base path and asset names). So the preview does
// not have to be told which pages show a changed file: a page whose Frame
// still holds the same values is one that does not show it.
//
// A fingerprint is 64 bits of hash/maphash, which is many times faster
// than a cryptographic hash over the ten thousand bodies of a big site:
// two frames of one path that differ share one by a chance of 2⁻⁶⁴ per
// edit. Its seed is the process's, so fingerprints never leave it.
type fingerprint uint64

var seed = maphash.MakeSeed()

// encoders hold the hash a fingerprint is taken with, one per worker.
var encoders = sync.Pool{New: func() any { return newEncoder() }}

// frameFingerprint fingerprints a page of kind with frame, under the theme
// fingerprint th. ok is false when the frame holds a value that cannot be
// fingerprinted (a function, a channel, a cycle of pointers); such a page
// is rendered every time.
//
// A long string (a page's body) is hashed once and then known by where it
// is in memory: a page not parsed again has the very string it had, and
// hashing ten thousand bodies would be most of a rebuild. known are the
// strings of the last build by their address; used are those of this
// frame, with their hashes, which the caller keeps for the next build. A
// string kept alive in known cannot have another string at its address.
//
// shared holds the hashes of the longer lists this build's frames hold
// by where they are: ten thousand frames share a handful of menus. It is
// one build's, since a list's place is its own only while it lives.
func frameFingerprint(th fingerprint, kind string, frame *Frame, known map[uintptr]placed, shared map[sliceKey]uint64) (fp fingerprint, used []placed, ok bool) {
	e := encoders.Get().(*encoder)
	defer func() { e.reset(); encoders.Put(e) }()
	e.known, e.shared = known, shared
	e.uint(uint64(th))
	e.string(kind)
	if !e.value(reflect.ValueOf(frame)) {
		return 0, nil, false
	}
	return e.sum(), slices.Clone(e.used), true
}

// A placed string is a long string and the hash of its bytes.
type placed struct {
	s    string
	hash uint64
}

// placeMin is the length from which frameFingerprint knows a string by
// its place: shorter ones cost less to hash than to look up.
const placeMin = 1 << 10

// sharedMin is the length from which a list is hashed on its own and its
// hash mixed in as one word, so that a list many frames share (a menu) is
// hashed once a build.
const sharedMin = 4

// A sliceKey is where a list is: its type, first element and length.
type sliceKey struct {
	t   reflect.Type
	ptr uintptr
	n   int
}

// themeFiles fingerprints what a theme's templates and functions read but
// the asset names: every file of the theme and of those it extends, and
// the base path links start with.
func themeFiles(fsys fs.FS, th *theme.Theme, base string) (fingerprint, error) {
	e := newEncoder()
	e.string(base)
	dirs, err := theme.Dirs(fsys, th.Name)
	if err != nil {
		return 0, err
	}
	for _, dir := range dirs {
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(fsys, p)
			e.string(p)
			e.string(string(data))
			return err
		})
		if err != nil {
			return 0, err
		}
	}
	return e.sum(), nil
}

// withAssets adds to files, a themeFiles fingerprint, the published name
// of every asset: the search index's changes with the site's titles, and
// every page links it.
func withAssets(files fingerprint, th *theme.Theme) fingerprint {
	e := newEncoder()
	e.uint(uint64(files))
	names := make([]string, 0, len(th.Assets))
	for name := range th.Assets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		e.string(name)
		e.string(th.Assets[name].URL)
	}
	return e.sum()
}

// An encoder hashes a value as the words it could be read back from:
// every string and list carries its length, every pointer and interface
// says whether it is nil, and an interface names its dynamic type. Each
// word (a number, or the maphash of a string) is mixed into the sum by a
// round of xxHash64: a frame is a hundred short strings and numbers, and
// streaming them through maphash.Hash, which copies each into its buffer,
// was most of fingerprinting a frame.
type encoder struct {
	acc  uint64
	path []uintptr // the pointers being encoded, to stop at a cycle
	// known, used and shared are frameFingerprint's, or nil.
	known  map[uintptr]placed
	used   []placed
	shared map[sliceKey]uint64
}

// The primes of xxHash64.
const (
	prime1 uint64 = 0x9E3779B185EBCA87
	prime2 uint64 = 0xC2B2AE3D27D4EB4F
	prime3 uint64 = 0x165667B19E3779F9
)

func newEncoder() *encoder { return &encoder{acc: prime3} }

func (e *encoder) reset() {
	e.acc = prime3
	e.path, e.used, e.known, e.shared = e.path[:0], e.used[:0], nil, nil
}

// sum is xxHash64's final avalanche of the words mixed in.
func (e *encoder) sum() fingerprint {
	h := e.acc
	h ^= h >> 33
	h *= prime2
	h ^= h >> 29
	h *= prime3
	h ^= h >> 32
	return fingerprint(h)
}

// uint mixes one word into the sum.
func (e *encoder) uint(n uint64) {
	e.acc ^= bits.RotateLeft64(n*prime2, 31) * prime1
	e.acc = bits.RotateLeft64(e.acc, 27)*prime1 + prime3
}

func (e *encoder) string(s string) {
	e.uint(uint64(len(s)))
	if e.known == nil || len(s) < placeMin {
		e.uint(maphash.String(seed, s))
		return
	}
	p, ok := e.known[uintptr(unsafe.Pointer(unsafe.StringData(s)))]
	if !ok || len(p.s) != len(s) {
		p = placed{s: s, hash: maphash.String(seed, s)}
	}
	e.used = append(e.used, p)
	e.uint(p.hash)
}

var timeType = reflect.TypeFor[time.Time]()

// value encodes v, and reports false for what it cannot encode.
func (e *encoder) value(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.uint(1)
		} else {
			e.uint(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.uint(uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.uint(v.Uint())
	case reflect.Float32, reflect.Float64:
		e.uint(math.Float64bits(v.Float()))
	case reflect.String:
		e.string(v.String())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			e.string(string(v.Bytes()))
			return true
		}
		if v.Len() >= sharedMin {
			return e.list(v)
		}
		fallthrough
	case reflect.Array:
		e.uint(uint64(v.Len()))
		for i := range v.Len() {
			if !e.value(v.Index(i)) {
				return false
			}
		}
	case reflect.Struct:
		if v.Type() == timeType {
			return e.time(v)
		}
		for i := range v.NumField() {
			if !e.value(v.Field(i)) {
				return false
			}
		}
	case reflect.Pointer:
		return e.pointer(v)
	case reflect.Interface:
		if v.IsNil() {
			e.uint(0)
			return true
		}
		e.uint(1)
		e.string(v.Elem().Type().String())
		return e.value(v.Elem())
	case reflect.Map:
		return e.mapping(v)
	default: // functions, channels, unsafe pointers
		return false
	}
	return true
}

// list mixes in the hash of the slice v as one word, from shared when
// this build has hashed it before.
func (e *encoder) list(v reflect.Value) bool {
	key := sliceKey{v.Type(), v.Pointer(), v.Len()}
	if h, ok := e.shared[key]; ok {
		e.uint(h)
		return true
	}
	outer := e.acc
	e.acc = prime3
	e.uint(uint64(v.Len()))
	for i := range v.Len() {
		if !e.value(v.Index(i)) {
			return false
		}
	}
	h := uint64(e.sum())
	e.acc = outer
	if e.shared != nil {
		e.shared[key] = h
	}
	e.uint(h)
	return true
}

func (e *encoder) pointer(v reflect.Value) bool {
	if v.IsNil() {
		e.uint(0)
		return true
	}
	p := v.Pointer()
	if slices.Contains(e.path, p) {
		return false
	}
	e.uint(1)
	e.path = append(e.path, p)
	ok := e.value(v.Elem())
	e.path = e.path[:len(e.path)-1]
	return ok
}

// time encodes an instant and the zone it is shown in, which is all a
// template can print of it (its fields hold a pointer into the zone's
// tables). One in an unexported field, which no template reads, is not
// encoded.
func (e *encoder) time(v reflect.Value) bool {
	if !v.CanInterface() {
		return false
	}
	t := v.Interface().(time.Time)
	e.string(t.Format(time.RFC3339Nano) + " " + t.Location().String())
	return true
}

// mapping encodes a map with string keys in the keys' order; other maps
// are not encoded, since their order is not theirs to give.
func (e *encoder) mapping(v reflect.Value) bool {
	if v.Type().Key().Kind() != reflect.String {
		return false
	}
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.string(k.String())
		if !e.value(v.MapIndex(k)) {
			return false
		}
	}
	return true
}
