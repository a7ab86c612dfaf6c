// Package themes carries the default theme inside the generator's binary,
// so that `generator init` can write a whole new site into an empty folder
// with nothing installed but the binary: no copy of this repository, no
// network, no npm.
//
// The folders under themes/ are the themes themselves; this file is the
// only Go here, and it lives beside what it embeds because go:embed cannot
// reach a parent folder. The maintainers' source of the chart bundle
// (default/chartjs, rebuilt by go generate ./generator/chartjs) stays out:
// a new site uses the built assets/echarts.js and its record, and cannot
// rebuild them without the generator's source anyway.
package themes

import "embed"

// Default is themes/default as committed: its layouts, assets, interface
// strings and archetypes, under the folder name "default".
//
//go:embed default/layouts default/assets default/i18n default/archetypes default/.gitattributes
var Default embed.FS
