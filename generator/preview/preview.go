// Package preview is the live preview behind `go run ./generator serve`.
//
// A Server keeps the latest good build in memory and serves it as static
// hosting would, with one small script added to every HTML page. The script
// listens on /_minhbach/events (server-sent events, no browser plug-in):
// when a rebuild succeeds the page reloads itself; when the new input is
// broken, the page shows the problems over the last good version (file,
// line and column, the lines around the mistake with the spot marked, and
// what to do, in Vietnamese) and the server keeps running. Fixing the file
// clears the panel.
//
// Watch runs the rebuilds: it watches the site's input folders with
// fsnotify and rebuilds shortly after the last change of a burst, since
// editors write a file in several steps.
package preview

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/site"
	"github.com/minhbach/minhbach/generator/sitefs"
)

// Server serves the latest good build and tells open pages what happened.
type Server struct {
	root  string
	site  fs.FS // root, read through sitefs, for the lines around a problem
	build func(changed []string) (*site.Output, error)

	mu      sync.RWMutex
	out     *site.Output
	failure []Problem // of the latest build; nil when it was good
	clients map[chan message]bool
}

// Problem is one problem as the browser panel shows it.
type Problem struct {
	File    string    `json:"file"`
	Line    int       `json:"line"`
	Col     int       `json:"col"`
	Message string    `json:"message"`
	Context []Excerpt `json:"context"`
}

// Excerpt is one line of the file around a problem.
type Excerpt struct {
	N    int    `json:"n"`
	Text string `json:"text"`
}

type message struct{ event, data string }

// New returns a server for the site in root, built by build. build is
// given the files and folders that changed since its last call
// (slash-separated, from root), or nil when anything may have: the first
// time, and whenever the watcher lost count.
func New(root string, build func(changed []string) (*site.Output, error)) *Server {
	return &Server{root: root, site: sitefs.Dir(root), build: build, clients: map[chan message]bool{}}
}

// Result says what one rebuild did, for the command's log.
type Result struct {
	Pages    int
	Problems []Problem
	Took     time.Duration
}

// Rebuild builds the site again. A good build replaces the one served and
// reloads open pages; a failed one leaves it in place and shows its
// problems on them.
func (s *Server) Rebuild() Result { return s.rebuild(nil) }

// rebuild builds the site again after changes to the files changed (nil:
// any file).
func (s *Server) rebuild(changed []string) Result {
	start := time.Now()
	out, err := s.build(changed)
	r := Result{Took: time.Since(start)}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.failure = s.problems(err)
		r.Problems = s.failure
		data, _ := json.Marshal(s.failure)
		s.broadcast(message{"problems", string(data)})
		return r
	}
	s.out, s.failure = out, nil
	r.Pages = out.Pages
	s.broadcast(message{"reload", "1"})
	return r
}

func (s *Server) broadcast(m message) {
	for c := range s.clients {
		select {
		case c <- m:
		default: // a stalled page misses this one; the next will reach it
		}
	}
}

// problems turns a build error into panels, each with its lines of context.
func (s *Server) problems(err error) []Problem {
	ps := diag.Collect("", err).Problems()
	out := make([]Problem, 0, len(ps))
	for _, p := range ps {
		out = append(out, Problem{File: p.File, Line: p.Line, Col: p.Col, Message: p.Msg, Context: s.excerpt(p.File, p.Line)})
	}
	return out
}

// excerpt reads the two lines before and after line of file.
func (s *Server) excerpt(file string, line int) []Excerpt {
	if file == "" || line <= 0 || !fs.ValidPath(file) {
		return nil
	}
	// Through sitefs, so a link out of the site shows nothing of its target.
	data, err := fs.ReadFile(s.site, file)
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	var out []Excerpt
	for n := max(1, line-2); n <= min(len(lines), line+2); n++ {
		out = append(out, Excerpt{N: n, Text: lines[n-1]})
	}
	return out
}

// Prefix is where the preview's own files live.
const Prefix = "/_minhbach/"

// ServeHTTP serves the site, the reload script and the event stream.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !Loopback(r.Host) {
		// A page on another site can point its own name at 127.0.0.1 (DNS
		// rebinding) and then read drafts through the visitor's browser; the
		// Host header still carries that other name, so refuse it.
		http.Error(w, "Trang xem thử chỉ trả lời địa chỉ localhost, 127.0.0.1 hoặc [::1].", http.StatusForbidden)
		return
	}
	switch r.URL.Path {
	case Prefix + "events":
		s.events(w, r)
		return
	case Prefix + "reload.js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte(reloadJS))
		return
	}
	s.mu.RLock()
	out := s.out
	s.mu.RUnlock()
	if out == nil {
		// The first build failed: there is no good page yet to show the
		// problems over, so show them on an empty one.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprint(w, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chưa dựng được trang</title></head><body><h1>Chưa dựng được trang</h1>`+script+`</body></html>`)
		return
	}
	p, status := lookup(out, r.URL.Path)
	data, _ := out.File(p)
	ctype := mime.TypeByExtension(path.Ext(p))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasSuffix(p, ".html") {
		data = inject(data)
		ctype = "text/html; charset=utf-8"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(data)
}

// Loopback reports whether a request's Host header (with or without its
// port) names this machine by one of the loopback names the preview is
// opened with: localhost, 127.0.0.1 or [::1].
func Loopback(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	} else {
		host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	}
	switch strings.ToLower(host) {
	case "localhost", "127.0.0.1", "::1":
		return true
	}
	return false
}

// lookup finds the output file for a URL path, or 404.html.
func lookup(out *site.Output, urlPath string) (string, int) {
	p := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	candidates := []string{p, path.Join(p, "index.html")}
	if p == "" {
		candidates = []string{"index.html"}
	}
	for _, c := range candidates {
		if out.Has(c) {
			return c, http.StatusOK
		}
	}
	return "404.html", http.StatusNotFound
}

const script = `<script src="` + Prefix + `reload.js"></script>`

func inject(page []byte) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(page, script...)
	}
	out := make([]byte, 0, len(page)+len(script))
	out = append(out, page[:i]...)
	out = append(out, script...)
	return append(out, page[i:]...)
}

// events streams what the builds do to one open page.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	c := make(chan message, 4)
	s.mu.Lock()
	s.clients[c] = true
	if s.failure != nil {
		data, _ := json.Marshal(s.failure)
		c <- message{"problems", string(data)}
	}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.clients, c)
		s.mu.Unlock()
	}()
	fmt.Fprint(w, ": minhbach\n\n")
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case m := <-c:
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", m.event, m.data)
			flusher.Flush()
		}
	}
}
