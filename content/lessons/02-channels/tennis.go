package main

import (
	"fmt"
	"math/rand"
)

// A fixed seed, so the rally is the same on every run, as in the tour.
// The players share it safely: only the one holding the ball draws.
var luck = rand.New(rand.NewSource(14))

// Which player takes the serve is the scheduler's choice: either way,
// whoever is to return shot 5 misses it.
// tour:also "Ana returns shot 1" => "Ben returns shot 1"
// tour:also "Ben returns shot 2" => "Ana returns shot 2"
// tour:also "Ana returns shot 3" => "Ben returns shot 3"
// tour:also "Ben returns shot 4" => "Ana returns shot 4"
// tour:also "Ana misses shot 5" => "Ben misses shot 5"
// tour:also "Ben wins the point" => "Ana wins the point"

func player(name, opponent string, court chan int, result chan<- string) {
	for shot := range court { // wait for the ball
		if luck.Float64() < 0.25 {
			fmt.Printf("%s misses shot %d\n", name, shot)
			result <- opponent // the other one wins
			return
		}
		fmt.Printf("%s returns shot %d\n", name, shot)
		court <- shot + 1 // waits for the opponent
	}
}

func main() {
	court := make(chan int) // unbuffered: hand to hand
	result := make(chan string)

	go player("Ana", "Ben", court, result)
	go player("Ben", "Ana", court, result)

	court <- 1 // serve
	fmt.Printf("%s wins the point\n", <-result)
}
