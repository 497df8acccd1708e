package main

import (
	"fmt"
	"sync"
)

// Who signs up first is the scheduler's choice: in the tour it is cat;
// in Go with one P, eve, the goroutine made last, runs first. And Range
// visits the entries in no set order.
// tour:env GOMAXPROCS=1
// tour:compare unordered
// tour:also "cat: \"gopher\" is yours" => "cat: \"gopher\" is taken by eve"
// tour:also "eve: \"gopher\" is taken by cat" => "eve: \"gopher\" is yours"
// tour:also "ana: \"gopher\" is taken by cat" => "ana: \"gopher\" is taken by eve"
// tour:also "gopher belongs to cat true" => "gopher belongs to eve true"
// tour:also "  gopher: cat" => "  gopher: eve"

func main() {
	var owners sync.Map // name -> who

	// Five people sign up at once; some want the same name.
	signups := []struct{ who, name string }{
		{"ana", "gopher"},
		{"ben", "rustacean"},
		{"cat", "gopher"},
		{"dan", "pythonista"},
		{"eve", "gopher"},
	}
	var wg sync.WaitGroup
	for _, s := range signups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Look up and store in one step: nobody can get in between.
			owner, taken := owners.LoadOrStore(s.name, s.who)
			if taken {
				fmt.Printf("%s: %q is taken by %s\n", s.who, s.name, owner)
			} else {
				fmt.Printf("%s: %q is yours\n", s.who, s.name)
			}
		}()
	}
	wg.Wait()

	owner, ok := owners.Load("gopher")
	fmt.Println("gopher belongs to", owner, ok)
	owners.Delete("rustacean")
	owners.Range(func(name, who any) bool {
		fmt.Printf("  %s: %s\n", name, who)
		return true // go on to the next entry
	})
}
