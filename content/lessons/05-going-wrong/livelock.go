package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

// Two walkers who act at the same instant print in the scheduler's order.
// tour:compare unordered

type Walker struct {
	name string
	side string
	// Each walker tosses its own coin, seeded, so the back-off goes the
	// same way on every run (the tour's runs are seeded too).
	coin *rand.Rand
}

const beat = time.Second

// walk walks towards other down a hallway with room for two. On every
// beat it looks: if the way is clear, it walks past; if not, it steps
// to the other side half a beat later. With backOff, it first tosses a
// coin, and on heads waits a beat instead.
func walk(me, other *Walker, backOff bool, start time.Time, mu *sync.Mutex) {
	say := func(what string) {
		fmt.Printf("%v\t%s %s\n", time.Since(start), me.name, what)
	}
	for tries := 0; ; tries++ {
		mu.Lock()
		clear := me.side != other.side
		mu.Unlock()
		if clear {
			say("walks past on the " + me.side + " side")
			return
		}
		if tries == 5 {
			say("gives up")
			return
		}
		if backOff && me.coin.Float64() < 0.5 {
			say("waits")
			time.Sleep(beat)
			continue
		}
		time.Sleep(beat / 2)
		mu.Lock()
		if me.side == "window" {
			me.side = "wall"
		} else {
			me.side = "window"
		}
		side := me.side
		mu.Unlock()
		say("steps to the " + side + " side")
		time.Sleep(beat / 2)
	}
}

func hallway(backOff bool) {
	alice := &Walker{"Alice", "window", rand.New(rand.NewSource(31))}
	bob := &Walker{"Bob", "window", rand.New(rand.NewSource(18))}
	var sides sync.Mutex // both walkers look at both sides
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); walk(alice, bob, backOff, start, &sides) }()
	go func() { defer wg.Done(); walk(bob, alice, backOff, start, &sides) }()
	wg.Wait()
}

func main() {
	fmt.Println("Both polite, in step:")
	hallway(false)
	fmt.Println("\nPolite, with random back-off:")
	hallway(true)
}
