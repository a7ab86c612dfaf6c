package site

import (
	"html/template"
	"slices"
	"strings"

	"github.com/minhbach/minhbach/generator/progress"
)

func (m *model) homeView() HomeView {
	h := HomeView{
		Counts: m.counts(m.indicators, progress.Statuses), TrendCounts: m.counts(m.indicators, progress.TrendStatuses),
		Total: len(m.indicators),
		Years: [3]int{m.Config.Years.Base, m.Config.Years.Target, m.Config.Years.Vision},
	}
	if intro := m.index[""]; intro != nil {
		h.Intro, h.IntroLang = template.HTML(intro.Body.String()), m.untranslated(intro)
	}
	for _, t := range m.targets {
		h.Cards = append(h.Cards, m.targetCard(t))
	}
	for i, p := range m.news {
		if i == 3 {
			break
		}
		h.News = append(h.News, m.newsItem(p))
	}
	return h
}

// targetCard is t on the home page, with its overall state.
func (m *model) targetCard(t *target) TargetCard {
	c := TargetCard{Number: t.Number, Name: t.Name, NameLang: t.NameLang, URL: m.routes.Target(t.Number)}
	var statuses []progress.Status
	for _, a := range t.Indicators {
		b := m.badge(a)
		c.Badges = append(c.Badges, b)
		statuses = append(statuses, b.Status)
		if b.Status.Good() {
			c.Good++
		}
	}
	c.State = progress.Worst(statuses)
	return c
}

// targetStateRule states, for the methodology page, how a target's overall
// state is chosen, with the order of statuses read from progress.Rank so
// the page says what progress.Worst does.
func (m *model) targetStateRule() string {
	var groups [][]string
	last := -1
	for _, s := range sortedByRank(append(slices.Clone(progress.Statuses), progress.TrendStatuses...)) {
		if s == progress.InsufficientData {
			continue
		}
		if r := s.Rank(); r != last {
			groups = append(groups, nil)
			last = r
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], m.words.T("rule_quoted", "status", m.label(s)))
	}
	order := make([]string, len(groups))
	for i, g := range groups {
		order[i] = strings.Join(g, m.words.T("rule_or"))
	}
	return m.words.T("rule_target_state", "order", strings.Join(order, ", "), "insufficient", m.label(progress.InsufficientData))
}

// sortedByRank is list from the least favourable status up, stable.
func sortedByRank(list []progress.Status) []progress.Status {
	out := slices.Clone(list)
	slices.SortStableFunc(out, func(a, b progress.Status) int { return a.Rank() - b.Rank() })
	return out
}
