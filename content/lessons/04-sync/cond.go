package main

import (
	"fmt"
	"sync"
)

// Broadcast wakes the subscribers in the scheduler's order, and Signal
// wakes the one that has waited longest: any of the three.
// tour:compare unordered
// tour:also "  log click (click 2)" => "  maximize window (click 2)"
// tour:also "  log click (click 2)" => "  show dialog (click 2)"

type Button struct {
	clicked *sync.Cond
	clicks  int // guarded by clicked.L
}

// click counts a click, then wakes one subscriber, or all of them.
func (b *Button) click(broadcast bool) {
	b.clicked.L.Lock()
	b.clicks++
	b.clicked.L.Unlock()
	if broadcast {
		b.clicked.Broadcast()
	} else {
		b.clicked.Signal()
	}
}

// subscribe starts a goroutine that calls handler for each click it
// sees, and returns once that goroutine is listening.
func subscribe(b *Button, handler func(click int)) {
	var listening sync.WaitGroup
	listening.Add(1)
	go func() {
		c := b.clicked
		c.L.Lock()
		seen := b.clicks
		listening.Done() // we hold L: no click until we wait
		for {
			// Wait unlocks L while it waits, and locks it again
			for b.clicks == seen {
				c.Wait()
			}
			seen = b.clicks
			handler(seen)
		}
	}()
	listening.Wait()
}

func main() {
	button := &Button{clicked: sync.NewCond(&sync.Mutex{})}
	var handled sync.WaitGroup
	for _, action := range []string{"maximize window", "show dialog", "log click"} {
		subscribe(button, func(click int) {
			fmt.Printf("  %s (click %d)\n", action, click)
			handled.Done()
		})
	}

	fmt.Println("click 1, broadcast:")
	handled.Add(3) // all three subscribers will handle it
	button.click(true)
	handled.Wait()

	fmt.Println("click 2, signal:")
	handled.Add(1) // one subscriber will
	button.click(false)
	handled.Wait()
}
