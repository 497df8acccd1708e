package main

import (
	"fmt"
	"runtime"
	"sync"
)

func printAlphabet(first rune) {
	for range 3 {
		for r := first; r < first+26; r++ {
			fmt.Printf("%c ", r)
		}
	}
}

func main() {
	runtime.GOMAXPROCS(1) // one processor: goroutines take turns

	var wg sync.WaitGroup
	wg.Add(2)
	fmt.Println("start")

	go func() {
		defer wg.Done()
		printAlphabet('a')
	}()
	go func() {
		defer wg.Done()
		printAlphabet('A')
	}()

	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("\ndone")
}
